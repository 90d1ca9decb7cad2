package org.ameliwalkthrough.practice.steps;

import org.ameliwalkthrough.identifiers.IdentifierMessages;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/** Screen 5: the password, never re-displayed and never kept: only its BCrypt hash is. */
@Component
class PasswordStep implements StepHandler<PasswordForm> {

    private final PasswordEncoder encoder;
    private final IdentifierMessages messages;

    PasswordStep(PasswordEncoder encoder, IdentifierMessages messages) {
        this.encoder = encoder;
        this.messages = messages;
    }

    /** Back or Change shows empty boxes; the hint says a password is already set. */
    @Override
    public PasswordForm form(StepContext context) {
        return new PasswordForm(null, null);
    }

    /** The criteria, ticked against what was typed when the page comes back with errors. */
    @Override
    public void describe(StepContext context, Model model) {
        String typed = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult result
                ? (String) result.getFieldValue("password")
                : null;
        model.addAttribute("criteria", PasswordCriteria.of(typed, messages, LocaleContextHolder.getLocale()));
        model.addAttribute("checked", typed != null);
        model.addAttribute("passwordSet", context.journey().passwordHash() != null);
    }

    @Override
    public StepOutcome apply(StepContext context, PasswordForm form, Errors errors) {
        context.journey().setPasswordHash(encoder.encode(form.password()));
        return StepOutcome.done();
    }
}
