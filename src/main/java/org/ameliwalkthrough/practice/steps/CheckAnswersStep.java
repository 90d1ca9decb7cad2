package org.ameliwalkthrough.practice.steps;

import java.time.Clock;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.account.AccountOpening;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.NoForm;
import org.ameliwalkthrough.practice.journey.StepContext;
import org.ameliwalkthrough.practice.journey.StepHandler;
import org.ameliwalkthrough.practice.journey.StepOutcome;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * Check your answers: one row per answer, as each step of the definition describes it, then "send"
 * once. A second POST (double click, refresh, Back) finds the journey sent and only the confirmation open.
 */
@Component
class CheckAnswersStep implements StepHandler<NoForm> {

    private final JourneyDefinition definition;
    private final AccountOpening opening;
    private final MailboxStore mailboxes;
    private final Clock clock;

    CheckAnswersStep(JourneyDefinition definition, AccountOpening opening, MailboxStore mailboxes, Clock clock) {
        this.definition = definition;
        this.opening = opening;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    @Override
    public NoForm form(StepContext context) {
        return NoForm.INSTANCE;
    }

    @Override
    public void describe(StepContext context, Model model) {
        model.addAttribute("rows", definition.answers(context));
    }

    @Override
    public StepOutcome apply(StepContext context, NoForm form, Errors errors) {
        AccountOpening.Opened opened = opening.open(context.journey());
        context.journey().submitted(opened.account().id());
        mailboxes.deliver(
                context.request(),
                new MailMessage(MailMessage.Kind.VALIDATION, context.journey().now(clock), opened.linkPath()));
        return StepOutcome.done();
    }
}
