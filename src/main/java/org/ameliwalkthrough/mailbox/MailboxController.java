package org.ameliwalkthrough.mailbox;

import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The practice inbox: where ameli's validation e-mail and login codes arrive in the simulation. */
@Controller
class MailboxController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MailboxStore mailboxes;

    MailboxController(MailboxStore mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping("/practice/mailbox")
    String inbox(HttpSession session, Model model) {
        model.addAttribute("messages", mailboxes.get(session).messages());
        model.addAttribute("zone", PARIS);
        return "mailbox/inbox";
    }
}
