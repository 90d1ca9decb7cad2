package org.ameliwalkthrough.practice.steps;

import java.util.Optional;
import org.ameliwalkthrough.identifiers.Digits;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Normalizer;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** Screen 2: ameli shows the first 20 characters of the IBAN on file; the user types the last 7. */
@Component
class IbanStep extends OnFileCheck<IbanForm> {

    static final String WRONG = "practice.iban.lastSeven.wrong";
    static final String WHOLE = "practice.iban.lastSeven.whole";

    IbanStep(CheckAttempts attempts) {
        super(attempts);
    }

    @Override
    public IbanForm form(StepContext context) {
        return new IbanForm(context.isAnswered() ? onFile(context).lastSeven() : null);
    }

    @Override
    public void describe(StepContext context, Model model) {
        model.addAttribute("ibanShown", Digits.group(onFile(context).firstTwenty(), 4, 4, 4, 4, 4));
    }

    @Override
    public StepOutcome apply(StepContext context, IbanForm form, Errors errors) {
        String typed = Normalizer.compact(form.lastSeven());
        if (isWholeIban(typed, onFile(context))) {
            errors.rejectValue("lastSeven", WHOLE); // a paste, not a wrong answer: nothing counted
            return StepOutcome.refused();
        }
        if (!typed.matches("[A-Z0-9]{7}")) {
            errors.rejectValue("lastSeven", "practice.iban.lastSeven.format");
            return StepOutcome.refused();
        }
        if (!typed.equals(onFile(context).lastSeven())) {
            return wrong(context, errors, "lastSeven", WRONG);
        }
        return StepOutcome.done();
    }

    @Override
    public Optional<Blocker> blocker(StepContext context, IbanForm form, Errors errors) {
        return StepHandler.hasError(errors, WRONG) ? Optional.of(Blocker.RIB_NOT_RECOGNISED) : Optional.empty();
    }

    /** The whole IBAN (or its start) pasted: more than 7 characters starting with a country code, or the IBAN on file. */
    static boolean isWholeIban(String typed, Iban onFile) {
        return typed.length() > 7 && typed.matches("[A-Z]{2}.*") || typed.equals(onFile.normalized());
    }

    private static Iban onFile(StepContext context) {
        return context.recognised().iban();
    }
}
