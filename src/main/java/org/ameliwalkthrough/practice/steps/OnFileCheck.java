package org.ameliwalkthrough.practice.steps;

import java.util.Optional;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.springframework.validation.Errors;

/** Route 1's checks against what ameli has on file: locked people go to the lock page; wrong answers count. */
abstract class OnFileCheck<F> implements StepHandler<F> {

    private final CheckAttempts attempts;

    OnFileCheck(CheckAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public Optional<String> divert(StepContext context) {
        return attempts.lockedUntil(key(context)).map(until -> JourneyPaths.LOCKED);
    }

    /** A wrong answer: the attempts left go into the message, or the lock page when none are. */
    StepOutcome wrong(StepContext context, Errors errors, String field, String code) {
        int left = attempts.wrong(key(context));
        if (left == 0) {
            return StepOutcome.elsewhere(JourneyPaths.LOCKED);
        }
        errors.rejectValue(field, code, new Object[] {left}, null);
        return StepOutcome.refused();
    }

    private static String key(StepContext context) {
        return context.journey().attemptKey(context.recognised().slug());
    }
}
