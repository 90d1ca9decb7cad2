package org.ameliwalkthrough.practice;

import java.util.List;
import java.util.stream.Stream;

/**
 * The two ways ameli lets someone in. Route 1 checks the bank details and carte Vitale it has on
 * file; everyone else proves who they are through FranceConnect. Both end with the same steps.
 */
public enum Route {
    CARTE_VITALE(List.of(Step.IBAN, Step.SERIAL)),
    FRANCECONNECT(List.of(Step.FRANCECONNECT));

    private final List<Step> ownSteps;
    private final List<Step> steps;

    Route(List<Step> ownSteps) {
        this.ownSteps = ownSteps;
        this.steps = Stream.of(List.of(Step.IDENTITY), ownSteps, Shared.STEPS)
                .flatMap(List::stream)
                .toList();
    }

    /** Every step of this route, identity first, confirmation last. */
    public List<Step> steps() {
        return steps;
    }

    /** The steps only this route asks; cleared when the route changes. */
    public List<Step> ownSteps() {
        return ownSteps;
    }

    /** Held apart: an enum's constructor may not read the enum's own static fields. */
    private static final class Shared {
        static final List<Step> STEPS =
                List.of(Step.CONDITIONS, Step.PASSWORD, Step.CONTACT, Step.CHECK_ANSWERS, Step.CONFIRMATION);
    }
}
