package org.ameliwalkthrough.workshop;

import java.time.Instant;
import java.util.List;

/**
 * One learner on the board: the display name they chose (not their real name), the persona handed
 * out, and where they are: the step, the mistakes at that step and of which kinds (reason codes).
 */
record Learner(
        String id,
        String workshopId,
        String displayName,
        String personaSlug,
        String route,
        String stepSlug,
        int stepMistakes,
        List<String> stepKinds,
        Instant lastProgressAt,
        boolean finished) {}
