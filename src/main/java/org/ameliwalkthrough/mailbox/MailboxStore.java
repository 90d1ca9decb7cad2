package org.ameliwalkthrough.mailbox;

import jakarta.servlet.http.HttpServletRequest;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Component;

/** Delivers practice e-mails into the visitor's inbox, kept in the session through the session store. */
@Component
public class MailboxStore {

    private final SessionStore sessions;

    MailboxStore(SessionStore sessions) {
        this.sessions = sessions;
    }

    /** The inbox; an empty one (and no session opened) for a visitor who has none. */
    public Mailbox get(HttpServletRequest request) {
        return sessions.find(request, Mailbox.KEY).orElseGet(Mailbox::new);
    }

    public void deliver(HttpServletRequest request, MailMessage message) {
        sessions.update(request, Mailbox.KEY, Mailbox::new, mailbox -> mailbox.deliver(message));
    }
}
