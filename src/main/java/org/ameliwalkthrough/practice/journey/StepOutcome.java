package org.ameliwalkthrough.practice.journey;

/**
 * What applying a valid form led to: the step is done (go on), the answers were refused (the
 * handler added the errors; the page is shown again), or the user is sent elsewhere (e.g. the lock
 * page) without the step being done.
 */
public sealed interface StepOutcome {

    record Done() implements StepOutcome {}

    record Refused() implements StepOutcome {}

    record Elsewhere(String path) implements StepOutcome {}

    static StepOutcome done() {
        return new Done();
    }

    static StepOutcome refused() {
        return new Refused();
    }

    static StepOutcome elsewhere(String path) {
        return new Elsewhere(path);
    }
}
