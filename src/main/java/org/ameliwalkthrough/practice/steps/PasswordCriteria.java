package org.ameliwalkthrough.practice.steps;

import java.util.List;

/**
 * The password rules listed before the field, each ticked off once the user has submitted.
 * The rules themselves belong to the identifiers package; this only shapes them for the page.
 */
record PasswordCriteria(String id, String key, boolean met) {

    static final List<String> IDS = List.of("length", "lower", "upper", "digitOrSpecial", "allowedCharacters");

    /** Before the first submit: the list, nothing ticked. */
    static List<PasswordCriteria> unchecked() {
        return IDS.stream()
                .map(id -> new PasswordCriteria(id, "practice.password.criteria." + id, false))
                .toList();
    }
}
