package org.ameliwalkthrough.practice.steps;

import java.util.Optional;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.PhoneNumber;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.troubleshooting.Blocker;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** Screen 6: a personal e-mail address (one account each, since 2017) and a mobile number. */
@Component
class ContactStep implements StepHandler<ContactForm> {

    static final String TAKEN = "trouble.emailAlreadyUsed.field";

    private final PracticeRecords records;

    ContactStep(PracticeRecords records) {
        this.records = records;
    }

    @Override
    public ContactForm form(StepContext context) {
        return new ContactForm(context.journey().email(), context.journey().phone());
    }

    /** The persona's own practice address and mobile, so nobody types their real ones. */
    @Override
    public void describe(StepContext context, Model model) {
        context.person().ifPresent(p -> {
            model.addAttribute("practiceName", p.firstNames().split(" ")[0]);
            model.addAttribute("practiceEmail", p.papers().email().normalized());
            model.addAttribute("practiceMobile", p.papers().mobile().formatted());
        });
    }

    @Override
    public StepOutcome apply(StepContext context, ContactForm form, Errors errors) {
        EmailAddress email = EmailAddress.parse(form.email());
        if (records.isEmailTaken(email)) {
            errors.rejectValue("email", TAKEN);
            return StepOutcome.refused();
        }
        context.journey()
                .setContact(email.normalized(), PhoneNumber.parse(form.phone()).formatted());
        return StepOutcome.done();
    }

    @Override
    public Optional<Blocker> blocker(StepContext context, ContactForm form, Errors errors) {
        return StepHandler.hasError(errors, TAKEN) ? Optional.of(Blocker.EMAIL_ALREADY_USED) : Optional.empty();
    }
}
