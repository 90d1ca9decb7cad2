package org.ameliwalkthrough.practice;

import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PersonaDocuments;
import org.ameliwalkthrough.practice.journey.Route;
import org.ameliwalkthrough.troubleshooting.Blocker;

/**
 * One persona on paper: their documents, the route the simulator gives them and the blocker they
 * rehearse (null when none), as {@link PersonaPackController} prints them on one A4 page.
 */
record PersonaPack(PersonaDocuments documents, Route route, Blocker blocker) {

    /**
     * The message key of the route line. A temporary number opens no route at all: ameli stops it at
     * the first screen, whichever way the records would have routed the person.
     */
    public String routeKey() {
        return blocker == Blocker.TEMPORARY_NUMBER ? "practice.pack.route.none" : "practice.pack.route." + route.name();
    }

    /** Every id in the pack starts with this, so several packs can share one printed document. */
    public String idPrefix() {
        return documents.slug() + "-";
    }

    public String path() {
        return JourneyPaths.pack(documents.slug());
    }
}
