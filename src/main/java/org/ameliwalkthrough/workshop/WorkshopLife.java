package org.ameliwalkthrough.workshop;

import java.time.Clock;
import java.time.Duration;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A workshop ends when the volunteer closes it or 12 hours after it opened: its learners' journeys
 * are cleared in their sessions, and its learners, their attempt counts and the room's counts are
 * deleted, so no learner id is left in the database (WorkshopTracesTest).
 */
@Component
class WorkshopLife {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopLife.class);
    /** How long a closed workshop's code still says "this workshop has ended". */
    static final Duration REMEMBER_CLOSED = Duration.ofDays(1);

    private final Workshops workshops;
    private final Learners learners;
    private final LearnerSessions sessions;
    private final CheckAttempts attempts;
    private final Clock clock;

    WorkshopLife(
            Workshops workshops, Learners learners, LearnerSessions sessions, CheckAttempts attempts, Clock clock) {
        this.workshops = workshops;
        this.learners = learners;
        this.sessions = sessions;
        this.attempts = attempts;
        this.clock = clock;
    }

    void close(String workshopId) {
        for (Learner learner : learners.of(workshopId)) {
            sessions.end(learner.id());
            attempts.forgetScope(learner.id()); // route 1's wrong answers were counted under the learner's id
        }
        learners.purge(workshopId);
        workshops.markClosed(workshopId);
    }

    @Scheduled(fixedDelayString = "${workshop.purge-interval:PT5M}", initialDelayString = "PT1M")
    int purge() {
        int ended = 0;
        for (String id : workshops.expiredOpen()) {
            close(id);
            ended++;
        }
        int forgotten = workshops.forgetClosedBefore(clock.instant().minus(REMEMBER_CLOSED));
        if (ended + forgotten > 0) {
            LOG.info("Workshops: {} ended after 12 hours, {} closed ones forgotten", ended, forgotten);
        }
        return ended;
    }
}
