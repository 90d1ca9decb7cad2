package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.practice.journey.PageStep;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A stop, not an account: the records say the person's health insurance is another scheme (e.g.
 * the MSA), so ameli.fr is not their site. The page says where to go instead.
 */
@Component
class OtherSchemeStep extends PageStep {

    @Override
    public void describe(StepContext context, Model model) {
        model.addAttribute("scheme", context.recognised().scheme());
    }
}
