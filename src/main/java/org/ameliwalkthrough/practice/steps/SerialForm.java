package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Screen 3: the digits of the carte Vitale serial number that ameli hides. */
public record SerialForm(
        @NotBlank(message = "{practice.serial.missing.required}") @Size(max = 20)
        String missing) {}
