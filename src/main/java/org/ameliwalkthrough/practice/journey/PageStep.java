package org.ameliwalkthrough.practice.journey;

import org.springframework.validation.Errors;

/** A step that is a page to read (a fork, a stop, the confirmation): nothing is sent from it. */
public abstract class PageStep implements StepHandler<NoForm> {

    @Override
    public NoForm form(StepContext context) {
        return NoForm.INSTANCE;
    }

    @Override
    public StepOutcome apply(StepContext context, NoForm form, Errors errors) {
        throw new UnsupportedOperationException("a page step takes no answers");
    }
}
