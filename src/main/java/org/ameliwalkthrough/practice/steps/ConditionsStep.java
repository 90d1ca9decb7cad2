package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Screen 4: the general conditions of use, ticked; the tick is the whole answer. */
@Component
class ConditionsStep implements StepHandler<ConditionsForm> {

    @Override
    public ConditionsForm form(StepContext context) {
        return new ConditionsForm(context.isAnswered());
    }

    @Override
    public StepOutcome apply(StepContext context, ConditionsForm form, Errors errors) {
        return StepOutcome.done();
    }
}
