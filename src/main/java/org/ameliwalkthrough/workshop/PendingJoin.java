package org.ameliwalkthrough.workshop;

import java.io.Serial;
import java.io.Serializable;
import org.ameliwalkthrough.system.SessionKey;

/** Between the code and the persona, when the volunteer lets learners choose: the workshop and the display name. */
record PendingJoin(String workshopId, String displayName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final SessionKey<PendingJoin> KEY = SessionKey.of("workshopPendingJoin", PendingJoin.class);
}
