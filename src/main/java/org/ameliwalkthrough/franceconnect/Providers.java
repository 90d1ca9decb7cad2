package org.ameliwalkthrough.franceconnect;

import java.util.List;

/**
 * The identity providers FranceConnect offers today (impots.gouv.fr's list of January 2026, as the
 * guide has it), in the order shown. Only impots.gouv.fr is
 * simulated; each other one has a page saying what you would need for it in real life.
 */
final class Providers {

    static final String IMPOTS = "impots";
    static final List<String> ALL = List.of(IMPOTS, "la-poste", "msa", "yris", "france-identite", "ameli");

    private Providers() {}

    static boolean isExplainedOnly(String id) {
        return ALL.contains(id) && !IMPOTS.equals(id);
    }
}
