package org.ameliwalkthrough.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.troubleshooting.Blocker;

/**
 * "Which route is mine?" as data: the answers each question accepts, and one pure decision from
 * the five answers to the answer page, the reasons it lists, how to reach FranceConnect, and the
 * practice persona (and blocker) that rehearses it. The first question that stops the sign-up wins:
 * the scheme, then the number, then the carte Vitale and bank details. docs/which-route.md holds the
 * decision table; WhichRouteDecisionTest walks every combination.
 */
final class WhichRoute {

    private WhichRoute() {}

    /** An answer as the GET form sends it: the constant's name in lowerCamelCase, e.g. {@code notReceived}. */
    interface Choice {
        String name();

        default String value() {
            StringBuilder value = new StringBuilder();
            for (String part : name().toLowerCase().split("_")) {
                value.append(value.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return value.toString();
        }
    }

    enum Scheme implements Choice {
        GENERAL,
        OTHER,
        UNKNOWN
    }

    enum NumberStart implements Choice {
        PERMANENT,
        TEMPORARY,
        UNKNOWN
    }

    enum Card implements Choice {
        ACTIVATED,
        NOT_ACTIVATED,
        NOT_RECEIVED,
        UNKNOWN
    }

    /** Yes, no or "I don't know": the bank-details and impots.gouv.fr questions. */
    enum YesNo implements Choice {
        YES,
        NO,
        UNKNOWN
    }

    /** The values a question accepts, in the order the page offers them. */
    static <C extends Enum<C> & Choice> List<String> values(Class<C> question) {
        return Arrays.stream(question.getEnumConstants()).map(Choice::value).toList();
    }

    static <C extends Enum<C> & Choice> Optional<C> parse(Class<C> question, String value) {
        return Arrays.stream(question.getEnumConstants())
                .filter(c -> c.value().equals(value))
                .findFirst();
    }

    /** Which answer page; message keys {@code guide.route.result.<name>}, and one per step. */
    enum Outcome {
        OTHER_SCHEME(List.of("site", "phone")),
        FIND_OUT_SCHEME(List.of("letter", "phone", "again")),
        TEMPORARY_NUMBER(List.of("documents", "phone", "again")),
        FIND_OUT_NUMBER(List.of("letter", "phone", "again")),
        FIND_OUT_CARD_OR_BANK(List.of()),
        ROUTE_1(List.of()),
        FRANCECONNECT(List.of());

        private final List<String> steps;

        Outcome(List<String> steps) {
            this.steps = steps;
        }

        /** Fixed steps of a stop or find-out page ({@code guide.route.result.<name>.<step>}). */
        public List<String> steps() {
            return steps;
        }

        /** Route 1, FranceConnect or finding out which: the pages that say how to use FranceConnect. */
        public boolean offersFranceConnect() {
            return steps.isEmpty();
        }
    }

    /** Why route 1 is out or unsure, in page order, with who rehearses it; keys {@code guide.route.reason.<name>}. */
    enum Reason {
        CARD_NOT_ACTIVATED("priya", Blocker.CARD_NOT_ACTIVATED),
        CARD_NOT_RECEIVED("nadia", Blocker.CARD_NOT_RECEIVED),
        CARD_UNKNOWN("priya", Blocker.CARD_NOT_ACTIVATED),
        NO_BANK_DETAILS("david", Blocker.RIB_NOT_RECOGNISED),
        BANK_UNKNOWN("david", Blocker.RIB_NOT_RECOGNISED);

        private final String persona;
        private final Blocker blocker;

        Reason(String persona, Blocker blocker) {
            this.persona = persona;
            this.blocker = blocker;
        }
    }

    /** How to reach FranceConnect, from the impots.gouv.fr answer; keys {@code guide.route.signIn.<name>}. */
    enum SignIn {
        IMPOTS,
        WITHOUT_IMPOTS,
        CHECK_IMPOTS
    }

    /**
     * The helper's answer. {@code signIn} is null on the pages that stop before FranceConnect;
     * {@code blocker} is null for route 1, which is no blocker; {@code persona} and {@code blocker}
     * are null when the first thing to do is find out who insures you.
     */
    record Answer(Outcome outcome, List<Reason> reasons, SignIn signIn, String persona, Blocker blocker) {

        /** Where the persona is chosen on the practice start page. */
        String practicePath() {
            return persona == null ? null : "/practice?persona=" + persona + "#persona-" + persona;
        }
    }

    static Answer decide(Scheme scheme, NumberStart number, Card card, YesNo bank, YesNo impots) {
        if (scheme == Scheme.OTHER) {
            return stop(Outcome.OTHER_SCHEME, "pierre", Blocker.OTHER_SCHEME);
        }
        if (scheme == Scheme.UNKNOWN) {
            // Not knowing who insures you is not "another scheme": no persona, no blocker, only what to check.
            return stop(Outcome.FIND_OUT_SCHEME, null, null);
        }
        if (number == NumberStart.TEMPORARY) {
            return stop(Outcome.TEMPORARY_NUMBER, "tom", Blocker.TEMPORARY_NUMBER);
        }
        if (number == NumberStart.UNKNOWN) {
            return stop(Outcome.FIND_OUT_NUMBER, "tom", Blocker.TEMPORARY_NUMBER);
        }
        SignIn signIn = signIn(impots);
        List<Reason> closed = new ArrayList<>();
        List<Reason> unsure = new ArrayList<>();
        switch (card) {
            case NOT_ACTIVATED -> closed.add(Reason.CARD_NOT_ACTIVATED);
            case NOT_RECEIVED -> closed.add(Reason.CARD_NOT_RECEIVED);
            case UNKNOWN -> unsure.add(Reason.CARD_UNKNOWN);
            case ACTIVATED -> {}
        }
        switch (bank) {
            case NO -> closed.add(Reason.NO_BANK_DETAILS);
            case UNKNOWN -> unsure.add(Reason.BANK_UNKNOWN);
            case YES -> {}
        }
        if (!closed.isEmpty()) {
            return because(Outcome.FRANCECONNECT, closed, signIn);
        }
        if (!unsure.isEmpty()) {
            return because(Outcome.FIND_OUT_CARD_OR_BANK, unsure, signIn);
        }
        return new Answer(Outcome.ROUTE_1, List.of(), signIn, "emma", null);
    }

    private static Answer stop(Outcome outcome, String persona, Blocker blocker) {
        return new Answer(outcome, List.of(), null, persona, blocker);
    }

    /** The first reason, in page order, names the persona and the blocker. */
    private static Answer because(Outcome outcome, List<Reason> reasons, SignIn signIn) {
        Reason first = reasons.get(0);
        return new Answer(outcome, List.copyOf(reasons), signIn, first.persona, first.blocker);
    }

    private static SignIn signIn(YesNo impots) {
        return switch (impots) {
            case YES -> SignIn.IMPOTS;
            case NO -> SignIn.WITHOUT_IMPOTS;
            case UNKNOWN -> SignIn.CHECK_IMPOTS;
        };
    }
}
