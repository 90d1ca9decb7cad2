package org.ameliwalkthrough.workshop;

import java.util.function.BiPredicate;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.Route;
import org.ameliwalkthrough.records.PracticePerson;

/** Which personas a workshop hands out; read from the records and the journey's routing, never a list of slugs. */
enum PersonaSet {
    ALL((p, d) -> true),
    ROUTE_1((p, d) -> d.routeFor(p) == Route.CARTE_VITALE),
    FRANCECONNECT((p, d) -> d.routeFor(p) == Route.FRANCECONNECT),
    BLOCKERS((p, d) -> p.blocker() != null);

    private final BiPredicate<PracticePerson, JourneyDefinition> includes;

    PersonaSet(BiPredicate<PracticePerson, JourneyDefinition> includes) {
        this.includes = includes;
    }

    boolean includes(PracticePerson person, JourneyDefinition definition) {
        return includes.test(person, definition);
    }
}
