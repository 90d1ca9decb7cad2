package org.ameliwalkthrough.workshop;

import java.time.Duration;
import java.time.Instant;

/** A learner is stuck after 3 mistakes at one step, or 5 minutes without moving on; never once finished. */
final class StuckRule {

    static final int MISTAKES = 3;
    static final Duration IDLE = Duration.ofMinutes(5);

    private StuckRule() {}

    static boolean isStuck(Learner learner, Instant now) {
        if (learner.finished()) {
            return false;
        }
        return learner.stepMistakes() >= MISTAKES
                || !learner.lastProgressAt().plus(IDLE).isAfter(now);
    }
}
