package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.identifiers.Normalizer;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** Screen 3: the digits of the carte Vitale serial number that ameli hides (it shows the first 7). */
@Component
class SerialStep extends OnFileCheck<SerialForm> {

    static final int SHOWN = 7;

    SerialStep(CheckAttempts attempts) {
        super(attempts);
    }

    @Override
    public SerialForm form(StepContext context) {
        return new SerialForm(context.isAnswered() ? hidden(context) : null);
    }

    @Override
    public void describe(StepContext context, Model model) {
        String serial = serial(context);
        model.addAttribute("serialShown", serial.substring(0, SHOWN));
        model.addAttribute("serialMissing", serial.length() - SHOWN);
    }

    @Override
    public StepOutcome apply(StepContext context, SerialForm form, Errors errors) {
        String expected = hidden(context);
        String typed = Normalizer.compact(form.missing());
        if (!typed.matches("\\d{" + expected.length() + "}")) {
            errors.rejectValue("missing", "practice.serial.missing.format", new Object[] {expected.length()}, null);
            return StepOutcome.refused();
        }
        if (!typed.equals(expected)) {
            return wrong(context, errors, "missing", "practice.serial.missing.wrong");
        }
        return StepOutcome.done();
    }

    private static String serial(StepContext context) {
        return context.recognised().carteVitaleSerial().normalized();
    }

    private static String hidden(StepContext context) {
        return serial(context).substring(SHOWN);
    }
}
