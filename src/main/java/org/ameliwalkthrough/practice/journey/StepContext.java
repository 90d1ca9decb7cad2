package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * What a step's handler works with, loaded once per request by the pipeline: the step, the
 * journey, the person the records recognised (once the identity step is done) and the request.
 */
public record StepContext(StepSpec step, Journey journey, Optional<PracticePerson> person, HttpServletRequest request) {

    /** True when this step was answered before (Back, Change): its form shows the answer again. */
    public boolean isAnswered() {
        return journey.isDone(step.slug());
    }

    /** The recognised person; only for steps that come after identity, where there always is one. */
    public PracticePerson recognised() {
        return person.orElseThrow(() -> new IllegalStateException("no person recognised yet"));
    }
}
