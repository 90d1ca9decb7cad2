package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;

/** Screen 3: the digits of the carte Vitale serial number that ameli hides. */
public record SerialForm(
        @Required(message = "{practice.serial.missing.required}") @Size(max = 20)
        String missing) {}
