package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.ameliwalkthrough.mailbox.MailMessage;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.system.SessionStore;
import org.ameliwalkthrough.troubleshooting.SpotTheFakeInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice inbox: where ameli's validation e-mail, login codes and reset links arrive, shown
 * beside the "spot the fake" messages of the troubleshooting exercise. Dates are the journey's own
 * (time travel shows here: the practice date, "sent 8 days ago", "expired"), in Paris time, said so.
 * A plain visit opens no session.
 */
@Controller
class InboxController {

    /** Spot the fake is wired here, explicitly: the exercise returns to this inbox. */
    @Configuration
    static class SpotTheFakeInInbox {
        @Bean
        SpotTheFakeInbox spotTheFakeInbox(SessionStore sessions) {
            return new SpotTheFakeInbox(sessions, JourneyPaths.MAILBOX);
        }
    }

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One message as the page shows it: how long ago it was sent (in the journey's time) and whether it has expired. */
    record InboxMail(MailMessage message, String ageUnit, long age, boolean expired, Instant validUntil) {}

    private final MailboxStore mailboxes;
    private final SpotTheFakeInbox spotTheFake;
    private final PracticeJourneys journeys;
    private final Clock clock;

    InboxController(MailboxStore mailboxes, SpotTheFakeInbox spotTheFake, PracticeJourneys journeys, Clock clock) {
        this.mailboxes = mailboxes;
        this.spotTheFake = spotTheFake;
        this.journeys = journeys;
        this.clock = clock;
    }

    @GetMapping(JourneyPaths.MAILBOX)
    String inbox(HttpServletRequest request, Model model) {
        List<MailMessage> messages = mailboxes.get(request).messages();
        Instant real = clock.instant(); // read once, so "16 minutes ahead" is not 15 min 59.99 s
        Instant now = journeys.current(request).now(Clock.fixed(real, ZoneOffset.UTC));
        model.addAttribute("messages", messages);
        model.addAttribute("mails", messages.stream().map(m -> mail(m, now)).toList());
        model.addAttribute("now", now);
        model.addAttribute("daysAhead", Duration.between(real, now).toDays());
        model.addAttribute("minutesAhead", Duration.between(real, now).toMinutes());
        model.addAttribute("zone", PARIS);
        model.addAttribute("spot", spotTheFake.view(request));
        return "mailbox/inbox";
    }

    static InboxMail mail(MailMessage m, Instant now) {
        Instant validUntil = m.sentAt().plus(validity(m.kind()));
        long minutes = Math.max(0, Duration.between(m.sentAt(), now).toMinutes());
        String unit = minutes >= 1440 ? "days" : minutes >= 60 ? "hours" : "minutes";
        long age = minutes >= 1440 ? minutes / 1440 : minutes >= 60 ? minutes / 60 : minutes;
        return new InboxMail(m, unit, age, now.isAfter(validUntil), validUntil);
    }

    private static Duration validity(MailMessage.Kind kind) {
        return switch (kind) {
            case VALIDATION -> AccountOpening.LINK_VALIDITY;
            case LOGIN_CODE -> LoginSupport.CODE_VALIDITY;
            case PASSWORD_RESET -> PasswordResetController.RESET_VALIDITY;
        };
    }
}
