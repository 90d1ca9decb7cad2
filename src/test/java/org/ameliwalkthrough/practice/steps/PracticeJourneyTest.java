package org.ameliwalkthrough.practice.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.practice.journey.AnswerRow;
import org.ameliwalkthrough.practice.journey.IdentityAnswers;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.Route;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepSpec;
import org.ameliwalkthrough.practice.journey.Stepper;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.support.TestPersons;
import org.junit.jupiter.api.Test;

/** The journey definition: each route's steps, Back, the stepper, reachability, route changes, stops. */
class PracticeJourneyTest {

    static final JourneyDefinition DEFINITION = PracticeJourney.standard();
    static final PracticePerson EMMA = TestPersons.emma();
    static final PracticePerson DAVID = TestPersons.david();
    static final PracticePerson PIERRE = TestPersons.pierre();

    @Test
    void eachRouteIsItsOwnSequenceOfSteps() {
        assertThat(slugs(Route.CARTE_VITALE))
                .containsExactly(
                        "identity",
                        "iban",
                        "serial",
                        "conditions",
                        "password",
                        "contact",
                        "check-answers",
                        "confirmation");
        assertThat(slugs(Route.FRANCECONNECT))
                .containsExactly(
                        "identity",
                        "franceconnect",
                        "conditions",
                        "password",
                        "contact",
                        "check-answers",
                        "confirmation");
        assertThat(slugs(Route.OTHER_SCHEME)).containsExactly("identity", "other-scheme");
    }

    @Test
    void theRecordsDecideTheRoute() {
        assertThat(DEFINITION.routeFor(EMMA)).isEqualTo(Route.CARTE_VITALE);
        assertThat(DEFINITION.routeFor(DAVID)).isEqualTo(Route.FRANCECONNECT);
        assertThat(DEFINITION.routeFor(PIERRE)).isEqualTo(Route.OTHER_SCHEME);
    }

    @Test
    void beforeTheRecordsAnswerOnlyIdentityIsReachable() {
        Journey j = new Journey();
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("identity");
        for (StepSpec step : DEFINITION.steps()) {
            assertThat(DEFINITION.isReachable(j, step))
                    .as(step.slug())
                    .isEqualTo(step.slug().equals("identity"));
        }
        assertThat(DEFINITION.previousPath(j, step("identity"))).isEqualTo("/practice");
    }

    @Test
    void backFromEveryStepGoesToTheStepBeforeItOnTheRoute() {
        for (Route route : Route.values()) {
            Journey j = new Journey();
            j.choosePersona("any", route);
            List<StepSpec> steps = DEFINITION.route(route);
            for (int i = 1; i < steps.size(); i++) {
                assertThat(DEFINITION.previousPath(j, steps.get(i)))
                        .as(route + " " + steps.get(i).slug())
                        .isEqualTo("/practice/" + steps.get(i - 1).slug());
            }
        }
    }

    @Test
    void theStepperCountsThePersonsOwnRouteOnEveryNumberedPage() {
        Journey emma = identified(EMMA);
        assertThat(numbers(emma, Route.CARTE_VITALE)).containsExactly("1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7");
        Journey david = identified(DAVID);
        assertThat(numbers(david, Route.FRANCECONNECT)).containsExactly("1/6", "2/6", "3/6", "4/6", "5/6", "6/6");
        assertThat(DEFINITION.stepper(emma, step("identity")).orElseThrow().nextNameKey())
                .isEqualTo("practice.step.iban");
        assertThat(DEFINITION.stepper(david, step("identity")).orElseThrow().nextNameKey())
                .isEqualTo("practice.step.franceconnect");
        assertThat(DEFINITION
                        .stepper(david, step("check-answers"))
                        .orElseThrow()
                        .nextNameKey())
                .isNull();
        assertThat(DEFINITION.stepper(emma, step("confirmation"))).isEmpty();
    }

    @Test
    void beforeIdentityTheStepperFollowsTheChosenPersona() {
        Journey j = new Journey();
        DEFINITION.choosePersona(j, DAVID);
        assertThat(DEFINITION.stepper(j, step("identity"))).hasValue(new Stepper(1, 6, "practice.step.franceconnect"));
        DEFINITION.choosePersona(j, EMMA);
        assertThat(DEFINITION.stepper(j, step("identity"))).hasValue(new Stepper(1, 7, "practice.step.iban"));
    }

    @Test
    void anotherSchemeIsAStopNotAnAccount() {
        Journey j = identified(PIERRE);
        assertThat(j.route()).isEqualTo(Route.OTHER_SCHEME);
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("other-scheme");
        assertThat(DEFINITION.stepper(j, step("other-scheme"))).isEmpty();
        for (String later : List.of("conditions", "password", "contact", "check-answers", "confirmation")) {
            assertThat(DEFINITION.isReachable(j, step(later))).as(later).isFalse();
        }
        // Pierre numbered as route 1 on the identity screen: ameli does not know yet.
        assertThat(DEFINITION.stepper(j, step("identity"))).hasValue(new Stepper(1, 7, "practice.step.iban"));
    }

    @Test
    void franceConnectCannotTurnAnotherSchemeIntoAnAccount() {
        Journey j = new Journey();
        DEFINITION.recognisedByFranceConnect(j, PIERRE);
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("other-scheme");
        assertThat(DEFINITION.isReachable(j, step("check-answers"))).isFalse();
    }

    @Test
    void franceConnectRecognitionContinuesWithTheSharedSteps() {
        Journey j = new Journey();
        DEFINITION.recognisedByFranceConnect(j, DAVID);
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("conditions");
        assertThat(j.identity().maskedNir()).contains("•").doesNotContain("99 404");
        assertThat(j.identity().firstName()).isEqualTo("David James");
    }

    @Test
    void aStepIsReachableOnlyOnceEveryStepBeforeItIsDone() {
        Journey j = identified(EMMA);
        assertThat(DEFINITION.isReachable(j, step("iban"))).isTrue();
        assertThat(DEFINITION.isReachable(j, step("serial"))).isFalse();
        assertThat(DEFINITION.isReachable(j, step("franceconnect"))).isFalse();
        DEFINITION.complete(j, step("iban"));
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("serial");
        assertThat(DEFINITION.isReachable(j, step("conditions"))).isFalse();
    }

    @Test
    void changingTheRouteClearsTheOldRoutesChecksAndAsksTheNewOnesFirst() {
        Journey j = finishedRouteOne();
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("check-answers");
        DEFINITION.recognised(j, DAVID, IdentityAnswers.of(DAVID));
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("franceconnect");
        DEFINITION.complete(j, step("franceconnect"));
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("check-answers");
        DEFINITION.recognised(j, EMMA, IdentityAnswers.of(EMMA));
        assertThat(j.isDone("iban")).isFalse();
        assertThat(j.isDone("franceconnect")).isFalse();
        assertThat(j.isDone("password")).isTrue();
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("iban");
    }

    @Test
    void sameAnswersAgainKeepTheChecks() {
        Journey j = finishedRouteOne();
        DEFINITION.recognised(j, EMMA, IdentityAnswers.of(EMMA));
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("check-answers");
    }

    @Test
    void afterSubmissionOnlyTheConfirmationShows() {
        Journey j = finishedRouteOne();
        j.submitted("account-1");
        DEFINITION.complete(j, step("check-answers"));
        assertThat(DEFINITION.firstUnfinished(j).slug()).isEqualTo("confirmation");
        assertThat(DEFINITION.isReachable(j, step("check-answers"))).isFalse();
        assertThat(DEFINITION.isReachable(j, step("identity"))).isFalse();
        assertThat(DEFINITION.isReachable(j, step("confirmation"))).isTrue();
    }

    @Test
    void checkAnswersHasOneRowPerAnswerInTheOrderOfTheSteps() {
        Journey j = finishedRouteOne();
        List<String> labels =
                DEFINITION.answers(new StepContext(step("check-answers"), j, Optional.of(EMMA), null)).stream()
                        .map(AnswerRow::id)
                        .toList();
        assertThat(labels)
                .containsExactly(
                        "lastName",
                        "firstName",
                        "nir",
                        "birthDate",
                        "postcode",
                        "iban",
                        "serial",
                        "conditions",
                        "password",
                        "email",
                        "phone");
        Journey fc = new Journey();
        DEFINITION.recognisedByFranceConnect(fc, DAVID);
        assertThat(DEFINITION.answers(new StepContext(step("check-answers"), fc, Optional.of(DAVID), null)))
                .extracting(AnswerRow::id)
                .doesNotContain("iban", "serial")
                .contains("nir");
    }

    @Test
    void everyRowChangesThroughItsOwnStepAndNeverShowsAFullNumber() {
        Journey j = finishedRouteOne();
        for (AnswerRow row : DEFINITION.answers(new StepContext(step("check-answers"), j, Optional.of(EMMA), null))) {
            assertThat(DEFINITION.step(row.slug())).as(row.id()).isPresent();
            if (row.text() != null) {
                assertThat(row.text()).doesNotContain("2880499132").doesNotContain("12345A02137");
            }
        }
    }

    @Test
    void timeIsPerJourney() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        Journey mine = new Journey();
        Journey other = new Journey();
        mine.pretendTimePassed(Duration.ofDays(8));
        assertThat(Duration.between(other.now(clock), mine.now(clock))).isEqualTo(Duration.ofDays(8));
    }

    @Test
    void startingAgainKeepsTheIdAndPersonaButNoAnswers() {
        Journey j = finishedRouteOne();
        j.choosePersona("emma", Route.CARTE_VITALE);
        Journey fresh = j.restarted();
        assertThat(fresh.id()).isEqualTo(j.id());
        assertThat(fresh.personaSlug()).isEqualTo("emma");
        assertThat(fresh.identity()).isNull();
        assertThat(DEFINITION.firstUnfinished(fresh).slug()).isEqualTo("identity");
    }

    @Test
    void serializesWithoutTheFullNumberOrPassword() throws Exception {
        Journey j = finishedRouteOne();
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(j);
        }
        String raw = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .doesNotContain("2880499132")
                .doesNotContain("Practice1!")
                .doesNotContain("12345A02137");
        assertThat(j.toString()).doesNotContain("emma@");
    }

    static Journey identified(PracticePerson person) {
        Journey j = new Journey();
        DEFINITION.choosePersona(j, person);
        DEFINITION.recognised(j, person, IdentityAnswers.of(person));
        DEFINITION.complete(j, step("identity"));
        return j;
    }

    static Journey finishedRouteOne() {
        Journey j = identified(EMMA);
        for (String slug : List.of("iban", "serial", "conditions", "password", "contact")) {
            DEFINITION.complete(j, step(slug));
        }
        j.setPasswordHash("$2a$10$hash");
        j.setContact("emma@example.org", "06 12 34 56 78");
        return j;
    }

    private static StepSpec step(String slug) {
        return DEFINITION.step(slug).orElseThrow();
    }

    private static List<String> slugs(Route route) {
        return DEFINITION.route(route).stream().map(StepSpec::slug).toList();
    }

    private static List<String> numbers(Journey j, Route route) {
        return DEFINITION.route(route).stream()
                .map(s -> DEFINITION.stepper(j, s))
                .flatMap(Optional::stream)
                .map(s -> s.number() + "/" + s.count())
                .toList();
    }
}
