package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StuckRuleTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    static Learner learner(int mistakes, Duration sinceProgress, boolean finished) {
        return new Learner(
                "l1",
                "w1",
                "Blue heron",
                "emma",
                "CARTE_VITALE",
                "iban",
                mistakes,
                List.of(),
                NOW.minus(sinceProgress),
                finished);
    }

    @Test
    void threeMistakesAtOneStepIsStuck() {
        assertThat(StuckRule.isStuck(learner(2, Duration.ofMinutes(1), false), NOW))
                .isFalse();
        assertThat(StuckRule.isStuck(learner(3, Duration.ofMinutes(1), false), NOW))
                .isTrue();
        assertThat(StuckRule.isStuck(learner(7, Duration.ZERO, false), NOW)).isTrue();
    }

    @Test
    void fiveMinutesWithoutProgressIsStuck() {
        assertThat(StuckRule.isStuck(learner(0, Duration.ofSeconds(299), false), NOW))
                .isFalse();
        assertThat(StuckRule.isStuck(learner(0, Duration.ofMinutes(5), false), NOW))
                .isTrue();
        assertThat(StuckRule.isStuck(learner(0, Duration.ofHours(1), false), NOW))
                .isTrue();
    }

    @Test
    void aFinishedLearnerIsNeverStuck() {
        assertThat(StuckRule.isStuck(learner(4, Duration.ofHours(1), true), NOW))
                .isFalse();
    }
}
