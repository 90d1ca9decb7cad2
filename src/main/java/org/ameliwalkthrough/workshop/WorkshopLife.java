package org.ameliwalkthrough.workshop;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A workshop ends when the volunteer closes it or 12 hours after it opened: its learners' journeys
 * are cleared in their sessions, and its learners and counts are deleted.
 */
@Component
class WorkshopLife {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopLife.class);
    /** How long a closed workshop's code still says "this workshop has ended". */
    static final Duration REMEMBER_CLOSED = Duration.ofDays(1);

    private final Workshops workshops;
    private final Learners learners;
    private final LearnerSessions sessions;
    private final Clock clock;

    WorkshopLife(Workshops workshops, Learners learners, LearnerSessions sessions, Clock clock) {
        this.workshops = workshops;
        this.learners = learners;
        this.sessions = sessions;
        this.clock = clock;
    }

    void close(String workshopId) {
        for (Learner learner : learners.of(workshopId)) {
            sessions.end(learner.id());
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
