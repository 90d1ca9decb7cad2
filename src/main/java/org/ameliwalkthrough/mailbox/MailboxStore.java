package org.ameliwalkthrough.mailbox;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/** Delivers practice e-mails into the visitor's inbox (saved back: Spring Session stores on set). */
@Component
public class MailboxStore {

    static final String ATTRIBUTE = "practiceMailbox";

    public Mailbox get(HttpSession session) {
        Mailbox mailbox = (Mailbox) session.getAttribute(ATTRIBUTE);
        return mailbox != null ? mailbox : new Mailbox();
    }

    public void deliver(HttpSession session, MailMessage message) {
        Mailbox mailbox = get(session);
        mailbox.deliver(message);
        session.setAttribute(ATTRIBUTE, mailbox);
    }

    public void empty(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
