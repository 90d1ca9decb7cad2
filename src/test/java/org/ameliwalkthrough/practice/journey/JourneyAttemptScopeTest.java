package org.ameliwalkthrough.practice.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decision 21: a workshop learner's wrong answers count under their own key, and starting again keeps it. */
class JourneyAttemptScopeTest {

    @Test
    void outsideAWorkshopAttemptsAreThePersons() {
        assertThat(new Journey().attemptKey("emma")).isEqualTo("emma");
    }

    @Test
    void aScopedJourneyCountsForItsLearnerAndKeepsTheScopeWhenRestarted() {
        Journey journey = new Journey().scopedTo("0a1b2c3d4e5f6071");
        assertThat(journey.attemptKey("emma")).isEqualTo("emma@0a1b2c3d4e5f6071");
        assertThat(journey.restarted().attemptKey("emma")).isEqualTo("emma@0a1b2c3d4e5f6071");
        assertThat(journey.attemptKey("emma").length()).isLessThanOrEqualTo(40); // practice_check_attempt.person_slug
    }
}
