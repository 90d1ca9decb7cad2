package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ameliwalkthrough.guide.WhichRoute.Answer;
import org.ameliwalkthrough.guide.WhichRoute.Card;
import org.ameliwalkthrough.guide.WhichRoute.NumberStart;
import org.ameliwalkthrough.guide.WhichRoute.Outcome;
import org.ameliwalkthrough.guide.WhichRoute.Reason;
import org.ameliwalkthrough.guide.WhichRoute.Scheme;
import org.ameliwalkthrough.guide.WhichRoute.SignIn;
import org.ameliwalkthrough.guide.WhichRoute.YesNo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The helper's decision, without Spring: every one of the 324 combinations of answers against the
 * decision table of docs/which-route.md, written here as data (first matching row wins).
 */
class WhichRouteDecisionTest {

    /** scheme, number, carte Vitale, bank details (| separates accepted answers, * is any) → page, persona, blocker. */
    private static final List<String[]> TABLE = Stream.of(
                    "other,     *,         *,                *,           OTHER_SCHEME,          pierre, other-scheme",
                    "unknown,   *,         *,                *,           FIND_OUT_SCHEME,       -,      -",
                    "general,   temporary, *,                *,           TEMPORARY_NUMBER,      tom,    temporary-number",
                    "general,   unknown,   *,                *,           FIND_OUT_NUMBER,       tom,    temporary-number",
                    "general,   permanent, notActivated,     *,           FRANCECONNECT,         priya,  card-not-activated",
                    "general,   permanent, notReceived,      *,           FRANCECONNECT,         nadia,  card-not-received",
                    "general,   permanent, activated|unknown, no,         FRANCECONNECT,         david,  rib-not-recognised",
                    "general,   permanent, unknown,          yes|unknown, FIND_OUT_CARD_OR_BANK, priya,  card-not-activated",
                    "general,   permanent, activated,        unknown,     FIND_OUT_CARD_OR_BANK, david,  rib-not-recognised",
                    "general,   permanent, activated,        yes,         ROUTE_1,               emma,   -")
            .map(row -> Arrays.stream(row.split(",")).map(String::trim).toArray(String[]::new))
            .toList();

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Scheme s : Scheme.values())
            for (NumberStart n : NumberStart.values())
                for (Card c : Card.values())
                    for (YesNo b : YesNo.values()) for (YesNo i : YesNo.values()) all.add(Arguments.of(s, n, c, b, i));
        return all.stream();
    }

    private static boolean matches(String cell, WhichRoute.Choice answer) {
        return cell.equals("*") || List.of(cell.split("\\|")).contains(answer.value());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} impots {4}")
    @MethodSource("everyCombination")
    void eachCombinationGivesTheTablesPagePersonaAndBlocker(
            Scheme scheme, NumberStart number, Card card, YesNo bank, YesNo impots) {
        String[] row = TABLE.stream()
                .filter(r ->
                        matches(r[0], scheme) && matches(r[1], number) && matches(r[2], card) && matches(r[3], bank))
                .findFirst()
                .orElseThrow();

        Answer answer = WhichRoute.decide(scheme, number, card, bank, impots);

        assertThat(answer.outcome()).isEqualTo(Outcome.valueOf(row[4]));
        assertThat(answer.persona() == null ? "-" : answer.persona()).isEqualTo(row[5]);
        assertThat(answer.blocker() == null ? "-" : answer.blocker().anchor()).isEqualTo(row[6]);
        assertThat(answer.practicePath())
                .isEqualTo(row[5].equals("-") ? null : "/practice?persona=" + row[5] + "#persona-" + row[5]);
        if (answer.outcome().offersFranceConnect()) {
            SignIn expected = switch (impots) {
                case YES -> SignIn.IMPOTS;
                case NO -> SignIn.WITHOUT_IMPOTS;
                case UNKNOWN -> SignIn.CHECK_IMPOTS;
            };
            assertThat(answer.signIn()).isEqualTo(expected);
        } else {
            assertThat(answer.signIn())
                    .as("a stop page does not offer FranceConnect")
                    .isNull();
            assertThat(answer.reasons()).isEmpty();
        }
    }

    @ParameterizedTest(name = "carte Vitale {0}, bank details {1}: {2}")
    @CsvSource({
        "activated,    yes,     ''",
        "notActivated, yes,     CARD_NOT_ACTIVATED",
        "notReceived,  no,      CARD_NOT_RECEIVED NO_BANK_DETAILS",
        "notActivated, unknown, CARD_NOT_ACTIVATED",
        "unknown,      no,      NO_BANK_DETAILS",
        "activated,    no,      NO_BANK_DETAILS",
        "unknown,      unknown, CARD_UNKNOWN BANK_UNKNOWN",
        "unknown,      yes,     CARD_UNKNOWN",
        "activated,    unknown, BANK_UNKNOWN"
    })
    void aNoClosesRoute1AndOnlyTheNosAreListedThenTheUnknowns(String card, String bank, String reasons) {
        Answer answer = WhichRoute.decide(
                Scheme.GENERAL,
                NumberStart.PERMANENT,
                WhichRoute.parse(Card.class, card).orElseThrow(),
                WhichRoute.parse(YesNo.class, bank).orElseThrow(),
                YesNo.YES);

        assertThat(answer.reasons().stream().map(Reason::name))
                .containsExactlyElementsOf(reasons.isEmpty() ? List.of() : List.of(reasons.split(" ")));
    }

    @Test
    void formValuesAreTheConstantsInLowerCamelCaseAndParseBack() {
        assertThat(WhichRoute.values(Card.class))
                .containsExactly("activated", "notActivated", "notReceived", "unknown");
        assertThat(WhichRoute.parse(Card.class, "notReceived")).contains(Card.NOT_RECEIVED);
        assertThat(WhichRoute.parse(Card.class, "NOT_RECEIVED")).isEmpty();
        assertThat(WhichRoute.parse(YesNo.class, null)).isEmpty();
    }

    @Test
    void eachQuestionIsAFieldAndTheFormSendsThemInPageOrder() {
        RecordComponent[] fields = WhichRouteForm.class.getRecordComponents();
        assertThat(Arrays.stream(fields).map(RecordComponent::getName))
                .containsExactlyElementsOf(WhichRouteForm.QUESTIONS);
        WhichRouteForm form = new WhichRouteForm("general", "permanent", "activated", "yes", "no");
        assertThat(form.sent().keySet()).containsExactlyElementsOf(WhichRouteForm.QUESTIONS);
        assertThat(form.sent().values()).containsExactly("general", "permanent", "activated", "yes", "no");
    }
}
