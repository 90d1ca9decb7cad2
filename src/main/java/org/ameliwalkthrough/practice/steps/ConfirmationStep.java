package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.practice.journey.PageStep;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** After sending: the validation e-mail is on its way to the practice mailbox. */
@Component
class ConfirmationStep extends PageStep {

    @Override
    public void describe(StepContext context, Model model) {
        model.addAttribute("email", context.journey().email());
    }
}
