package org.ameliwalkthrough.workshop;

import java.io.Serial;
import java.io.Serializable;
import org.ameliwalkthrough.system.SessionKey;

/**
 * What a learner's session holds of the workshop: the learner's id only, or, once the workshop has
 * ended, {@link #ENDED} (set by the close, so the next page says so instead of carrying on).
 */
record Seat(String learnerId, boolean ended) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final SessionKey<Seat> KEY = SessionKey.of("workshopSeat", Seat.class);

    /** What is left once the workshop ended: no learner id, only the fact, for the next page to say so. */
    static final Seat ENDED = new Seat(null, true);
}
