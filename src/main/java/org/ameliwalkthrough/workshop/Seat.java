package org.ameliwalkthrough.workshop;

import java.io.Serial;
import java.io.Serializable;
import org.ameliwalkthrough.system.SessionKey;

/**
 * What a learner's session holds of the workshop: the learner's id only, and whether the workshop
 * has ended (set by the close, so the next page says so instead of carrying on).
 */
record Seat(String learnerId, boolean ended) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final SessionKey<Seat> KEY = SessionKey.of("workshopSeat", Seat.class);

    Seat endedNow() {
        return new Seat(learnerId, true);
    }
}
