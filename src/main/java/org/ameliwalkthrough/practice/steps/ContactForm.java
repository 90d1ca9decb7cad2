package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.ValidEmail;
import org.ameliwalkthrough.identifiers.ValidPhone;

/** Screen 6: a personal e-mail address and a mobile phone number. */
public record ContactForm(
        @NotBlank(message = "{practice.contact.email.required}") @Size(max = 120) @ValidEmail
        String email,

        @NotBlank(message = "{practice.contact.phone.required}") @Size(max = 30) @ValidPhone(mobileOnly = true)
        String phone) {}
