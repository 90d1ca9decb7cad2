package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.practice.journey.PageStep;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.records.PracticePerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The FranceConnect fork: why ameli cannot check this person itself, and the button that leaves for
 * FranceConnect. The step is done when FranceConnect comes back with the person (practice.oidc).
 */
@Component
class FranceConnectStep extends PageStep {

    @Override
    public void describe(StepContext context, Model model) {
        model.addAttribute("reasonKey", reasonKey(context.recognised()));
    }

    static String reasonKey(PracticePerson person) {
        return person.hasBankDetailsOnFile()
                ? "practice.franceconnect.reason.cardNotActivated"
                : "practice.franceconnect.reason.noBankDetails";
    }
}
