package org.ameliwalkthrough.workshop;

import java.time.Instant;

/** One volunteer's session: its join code, language, personas, size and life time (12 hours at most). */
record Workshop(
        String id,
        String joinCode,
        String language,
        PersonaSet personaSet,
        boolean learnersChoose,
        int size,
        Instant createdAt,
        Instant closesAt,
        Instant closedAt) {

    boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }
}
