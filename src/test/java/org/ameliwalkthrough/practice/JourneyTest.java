package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ameliwalkthrough.records.PracticePerson;
import org.junit.jupiter.api.Test;

/** Routing as data: every fork, Back, route change, and what the session may hold. */
class JourneyTest {

    static PracticePerson person(String slug, String iban, boolean activated) {
        return new PracticePerson(
                1L,
                slug,
                "CLARKE",
                null,
                "Emma Louise",
                "F",
                LocalDate.of(1988, 4, 12),
                "99132",
                "Royaume-Uni",
                "288049913204730",
                "69003",
                iban,
                "15881399869",
                activated,
                null,
                null,
                "GENERAL",
                1);
    }

    static final PracticePerson EMMA = person("emma", "FR2920041010050512345A02137", true);
    static final PracticePerson NO_RIB = person("david", null, true);
    static final PracticePerson NOT_ACTIVATED = person("priya", "FR2030076020217845120C01551", false);

    @Test
    void beforeTheRecordsAnswerOnlyIdentityIsReachable() {
        Journey j = new Journey();
        assertThat(j.firstUnfinished()).isEqualTo(Step.IDENTITY);
        assertThat(j.canShow(Step.IDENTITY)).isTrue();
        assertThat(j.canShow(Step.IBAN)).isFalse();
        assertThat(j.canShow(Step.CONDITIONS)).isFalse();
        assertThat(j.previous(Step.IDENTITY)).isNull();
    }

    @Test
    void cardActivatedWithBankDetailsTakesRouteOne() {
        Journey j = new Journey();
        j.identified(EMMA, IdentityAnswers.of(EMMA));
        assertThat(j.route()).isEqualTo(Route.CARTE_VITALE);
        assertThat(j.firstUnfinished()).isEqualTo(Step.IBAN);
        j.complete(Step.IBAN);
        assertThat(j.firstUnfinished()).isEqualTo(Step.SERIAL);
        assertThat(j.previous(Step.SERIAL)).isEqualTo(Step.IBAN);
        assertThat(j.previous(Step.CONDITIONS)).isEqualTo(Step.SERIAL);
        assertThat(j.questions()).hasSize(6);
        assertThat(j.canShow(Step.IBAN)).isTrue();
        assertThat(j.canShow(Step.CONDITIONS)).isFalse();
    }

    @Test
    void noBankDetailsOrCardNotActivatedGoToFranceConnect() {
        for (PracticePerson p : new PracticePerson[] {NO_RIB, NOT_ACTIVATED}) {
            Journey j = new Journey();
            j.identified(p, IdentityAnswers.of(p));
            assertThat(j.route()).as(p.slug()).isEqualTo(Route.FRANCECONNECT);
            assertThat(j.firstUnfinished()).isEqualTo(Step.FRANCECONNECT);
            assertThat(j.canShow(Step.IBAN)).isFalse();
            assertThat(j.previous(Step.CONDITIONS)).isEqualTo(Step.FRANCECONNECT);
        }
    }

    @Test
    void franceConnectRecognitionContinuesWithTheSharedSteps() {
        Journey j = new Journey();
        j.recognisedByFranceConnect(NO_RIB);
        assertThat(j.firstUnfinished()).isEqualTo(Step.CONDITIONS);
        assertThat(j.identity().maskedNir()).contains("•").doesNotContain("99 132");
    }

    @Test
    void changingTheRouteClearsTheOldRoutesChecksAndAsksTheNewOnesFirst() {
        Journey j = finishedRouteOne();
        assertThat(j.firstUnfinished()).isEqualTo(Step.CHECK_ANSWERS);
        j.identified(NO_RIB, IdentityAnswers.of(NO_RIB));
        assertThat(j.firstUnfinished()).isEqualTo(Step.FRANCECONNECT);
        j.complete(Step.FRANCECONNECT);
        assertThat(j.firstUnfinished()).isEqualTo(Step.CHECK_ANSWERS);
        j.identified(EMMA, IdentityAnswers.of(EMMA));
        assertThat(j.isDone(Step.IBAN)).isFalse();
        assertThat(j.firstUnfinished()).isEqualTo(Step.IBAN);
    }

    @Test
    void sameAnswersAgainKeepTheChecks() {
        Journey j = finishedRouteOne();
        j.identified(EMMA, IdentityAnswers.of(EMMA));
        assertThat(j.firstUnfinished()).isEqualTo(Step.CHECK_ANSWERS);
    }

    @Test
    void afterSubmissionOnlyTheConfirmationShows() {
        Journey j = finishedRouteOne();
        j.submitted("account-1");
        assertThat(j.firstUnfinished()).isEqualTo(Step.CONFIRMATION);
        assertThat(j.canShow(Step.CHECK_ANSWERS)).isFalse();
        assertThat(j.canShow(Step.CONFIRMATION)).isTrue();
    }

    @Test
    void fiveWrongChecksLock() {
        Journey j = new Journey();
        for (int i = 1; i < Journey.MAX_WRONG_CHECKS; i++) {
            assertThat(j.wrongCheck()).isFalse();
        }
        assertThat(j.attemptsLeft()).isEqualTo(1);
        assertThat(j.wrongCheck()).isTrue();
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
    void serializesWithoutTheFullNumberOrPassword() throws Exception {
        Journey j = finishedRouteOne();
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(j);
        }
        String raw = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .doesNotContain("2880499132")
                .doesNotContain("Practice1!")
                .doesNotContain("12345A02137");
        assertThat(j.toString()).doesNotContain("emma@");
    }

    static Journey finishedRouteOne() {
        Journey j = new Journey();
        j.identified(EMMA, IdentityAnswers.of(EMMA));
        j.complete(Step.IBAN);
        j.complete(Step.SERIAL);
        j.complete(Step.CONDITIONS);
        j.setPasswordHash("$2a$10$hash");
        j.setContact("emma@example.org", "0612345678");
        return j;
    }
}
