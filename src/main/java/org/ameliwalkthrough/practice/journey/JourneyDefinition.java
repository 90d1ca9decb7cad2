package org.ameliwalkthrough.practice.journey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ameliwalkthrough.practice.journey.StepSpec.Kind;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * The practice sign-up as data, in the spirit of govuk-prototype-wizard: the steps in ameli's order,
 * each saying which routes it belongs to, and one rule that sends a recognised person down a route.
 * Next, Back, reachability, the stepper, route changes and check answers are all read from here.
 */
public final class JourneyDefinition {

    private final List<StepSpec> steps;
    private final Function<PracticePerson, Route> routing;
    private final Set<String> routeOwnSlugs;

    public JourneyDefinition(List<StepSpec> steps, Function<PracticePerson, Route> routing) {
        this.steps = List.copyOf(steps);
        this.routing = routing;
        // Steps every account route shares (conditions, password…) survive a change of person or route.
        Set<Route> accountRoutes = EnumSet.noneOf(Route.class);
        for (Route r : Route.values()) {
            if (!r.isStop()) {
                accountRoutes.add(r);
            }
        }
        this.routeOwnSlugs = this.steps.stream()
                .filter(s -> !s.routes().containsAll(accountRoutes))
                .map(StepSpec::slug)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<StepSpec> steps() {
        return steps;
    }

    public Optional<StepSpec> step(String slug) {
        return steps.stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** Where the records send this person. */
    public Route routeFor(PracticePerson person) {
        return routing.apply(person);
    }

    /** The steps of a route, in order. */
    public List<StepSpec> route(Route route) {
        return steps.stream().filter(s -> s.appliesTo(route)).toList();
    }

    /** Where a user who is not sure where they are should go. */
    public StepSpec firstUnfinished(Journey journey) {
        List<StepSpec> route = route(journey.route());
        if (journey.isSubmitted()) {
            return route.stream().filter(s -> s.kind() == Kind.END).findFirst().orElseThrow();
        }
        return route.stream()
                .filter(s -> s.kind() != Kind.END && !journey.isDone(s.slug()))
                .findFirst()
                .orElse(route.get(0));
    }

    /** A step can be shown once every step before it on the route is done; after sending, only the end. */
    public boolean isReachable(Journey journey, StepSpec step) {
        if (journey.isSubmitted()) {
            return step.kind() == Kind.END;
        }
        List<StepSpec> route = route(journey.route());
        return route.contains(step) && route.indexOf(step) <= route.indexOf(firstUnfinished(journey));
    }

    /**
     * Where the step's Back link goes: the step before it on the route; from the first step, the
     * persona's documents page the person came from (the start page when no persona is chosen).
     */
    public String previousPath(Journey journey, StepSpec step) {
        List<StepSpec> route = route(journey.route());
        int at = route.indexOf(step);
        if (at > 0) {
            return route.get(at - 1).path();
        }
        return journey.personaSlug() != null ? JourneyPaths.DOCUMENTS : JourneyPaths.START;
    }

    /** "Step N of M — Next: …", counted on the person's route; empty for pages that are not numbered. */
    public Optional<Stepper> stepper(Journey journey, StepSpec step) {
        List<StepSpec> numbered = route(journey.route().numberedAs()).stream()
                .filter(StepSpec::isNumbered)
                .toList();
        int at = numbered.indexOf(step);
        if (at < 0) {
            return Optional.empty();
        }
        String next = at + 1 < numbered.size() ? numbered.get(at + 1).nameKey() : null;
        return Optional.of(new Stepper(at + 1, numbered.size(), next));
    }

    /** The rows of "Check your answers": every done step of the route adds its own, in order. */
    public List<AnswerRow> answers(StepContext context) {
        List<AnswerRow> rows = new ArrayList<>();
        for (StepSpec step : route(context.journey().route())) {
            if (context.journey().isDone(step.slug())) {
                rows.addAll(step.rows().apply(context));
            }
        }
        return rows;
    }

    /** The persona is chosen: until the records answer, the journey expects the persona's own route. */
    public void choosePersona(Journey journey, PracticePerson persona) {
        journey.choosePersona(persona.slug(), routeFor(persona));
    }

    /**
     * The identity step recognised the person: their route follows from the records, and a change
     * of person or route forgets the other route's steps.
     */
    public void recognised(Journey journey, PracticePerson person, IdentityAnswers answers) {
        journey.recognised(person.slug(), routeFor(person), answers, routeOwnSlugs);
    }

    /**
     * FranceConnect vouched for the person: identity and the FranceConnect step are done. A person
     * whose records lead to a stop (another scheme) still stops there: FranceConnect proves who
     * someone is, not that ameli is their insurer.
     */
    public void recognisedByFranceConnect(Journey journey, PracticePerson person) {
        Route route = routeFor(person).isStop() ? routeFor(person) : Route.FRANCECONNECT;
        journey.recognised(person.slug(), route, IdentityAnswers.of(person), routeOwnSlugs);
        route(route).stream().filter(StepSpec::doneByFranceConnect).forEach(s -> journey.complete(s.slug()));
    }

    /** Marks a step answered: the pipeline's, once a step's handler said it is done. */
    public void complete(Journey journey, StepSpec step) {
        journey.complete(step.slug());
    }
}
