package org.ameliwalkthrough.practice.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.ameliwalkthrough.mailbox.MailboxStore;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.system.SessionStore;
import org.ameliwalkthrough.troubleshooting.SpotTheFakeInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice inbox: where ameli's validation e-mail and login codes arrive, shown beside the
 * "spot the fake" messages of the troubleshooting exercise. A plain visit opens no session.
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

    private final MailboxStore mailboxes;
    private final SpotTheFakeInbox spotTheFake;

    InboxController(MailboxStore mailboxes, SpotTheFakeInbox spotTheFake) {
        this.mailboxes = mailboxes;
        this.spotTheFake = spotTheFake;
    }

    @GetMapping(JourneyPaths.MAILBOX)
    String inbox(HttpServletRequest request, Model model) {
        model.addAttribute("messages", mailboxes.get(request).messages());
        model.addAttribute("zone", PARIS);
        model.addAttribute("spot", spotTheFake.view(request));
        return "mailbox/inbox";
    }
}
