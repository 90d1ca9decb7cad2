package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Screen 6: a personal e-mail address and a mobile phone number. */
public record ContactForm(
        @NotBlank(message = "{practice.contact.email.required}") @Size(max = 120)
        String email,

        @NotBlank(message = "{practice.contact.phone.required}") @Size(max = 30)
        String phone) {}
