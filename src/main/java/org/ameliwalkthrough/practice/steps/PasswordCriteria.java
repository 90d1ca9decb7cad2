package org.ameliwalkthrough.practice.steps;

import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.identifiers.AmeliPassword;
import org.ameliwalkthrough.identifiers.IdentifierMessages;

/**
 * The password rules listed before the field, ticked off after a submit. The rules and their
 * wording belong to {@link AmeliPassword}; this only shapes them for the page.
 */
record PasswordCriteria(String id, String label, boolean met) {

    /** Each criterion, met or not against {@code typed} (null: before the first submit). */
    static List<PasswordCriteria> of(String typed, IdentifierMessages messages, Locale locale) {
        return AmeliPassword.criteria(typed).stream()
                .map(r -> new PasswordCriteria(
                        r.criterion().name().toLowerCase(Locale.ROOT),
                        messages.criterion(r.criterion(), locale),
                        typed != null && r.met()))
                .toList();
    }
}
