package org.ameliwalkthrough.practice.steps;

import static org.ameliwalkthrough.identifiers.IdentifierKind.EMAIL;
import static org.ameliwalkthrough.identifiers.IdentifierKind.MOBILE_PHONE;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;
import org.ameliwalkthrough.identifiers.ValidIdentifier;

/** Screen 6: a personal e-mail address and a mobile phone number. */
public record ContactForm(
        @Required(message = "{practice.contact.email.required}") @Size(max = 120) @ValidIdentifier(EMAIL)
        String email,

        @Required(message = "{practice.contact.phone.required}") @Size(max = 30) @ValidIdentifier(MOBILE_PHONE)
        String phone) {}
