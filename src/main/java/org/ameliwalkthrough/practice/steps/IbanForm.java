package org.ameliwalkthrough.practice.steps;

import jakarta.validation.constraints.Size;
import org.ameliwalkthrough.identifiers.Required;

/**
 * Screen 2: the last 7 characters of the IBAN on file (ameli shows the first 20). Long enough for
 * a whole pasted IBAN with its spaces, which the step recognises and explains.
 */
public record IbanForm(
        @Required(message = "{practice.iban.lastSeven.required}") @Size(max = 50)
        String lastSeven) {}
