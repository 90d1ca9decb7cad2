package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.ameliwalkthrough.identifiers.CarteVitaleSerial;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.ameliwalkthrough.practice.Step;
import org.ameliwalkthrough.practice.StepPages;
import org.ameliwalkthrough.practice.account.AccountOpening;
import org.ameliwalkthrough.practice.account.PracticeAccount;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Check your answers, send them once, and the confirmation that follows. */
@Controller
class CheckAnswersController {

    private final JourneyStore journeys;
    private final StepPages pages;
    private final PracticeRecords records;
    private final AccountOpening opening;
    private final MailboxStore mailboxes;
    private final Clock clock;

    CheckAnswersController(
            JourneyStore journeys,
            StepPages pages,
            PracticeRecords records,
            AccountOpening opening,
            MailboxStore mailboxes,
            Clock clock) {
        this.journeys = journeys;
        this.pages = pages;
        this.records = records;
        this.opening = opening;
        this.mailboxes = mailboxes;
        this.clock = clock;
    }

    @GetMapping("/practice/check-answers")
    String show(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.CHECK_ANSWERS)) {
            return journey.firstUnfinished().redirect();
        }
        records.findBySlug(journey.personSlug()).ifPresent(p -> {
            if (p.iban() != null) {
                model.addAttribute("maskedIban", Iban.parse(p.iban()).masked());
            }
            if (p.carteVitaleSerial() != null) {
                model.addAttribute(
                        "maskedSerial",
                        CarteVitaleSerial.parse(p.carteVitaleSerial()).masked());
            }
        });
        model.addAttribute("journey", journey);
        pages.prepare(model, journey, Step.CHECK_ANSWERS);
        return "practice/check-answers";
    }

    /** Sent once: a second POST (double click, refresh, Back) finds the journey submitted. */
    @PostMapping("/practice/check-answers")
    String send(HttpSession session) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.CHECK_ANSWERS)) {
            return journey.firstUnfinished().redirect();
        }
        PracticeAccount account = opening.open(journey);
        journey.submitted(account.id());
        journeys.save(session, journey);
        mailboxes.deliver(
                session,
                new MailMessage(MailMessage.Kind.VALIDATION, journey.now(clock), AccountOpening.linkPath(account)));
        return Step.CONFIRMATION.redirect();
    }

    @GetMapping("/practice/confirmation")
    String confirmation(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.CONFIRMATION)) {
            return journey.firstUnfinished().redirect();
        }
        model.addAttribute("email", journey.email());
        return "practice/confirmation";
    }
}
