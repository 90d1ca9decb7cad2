package org.ameliwalkthrough.mailbox;

import jakarta.servlet.http.HttpServletRequest;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Component;

/**
 * Delivers practice e-mails into the visitor's inbox, kept in the session through the session store.
 * What a message carries is sealed on the way in and opened on the way out: the session holds no
 * link token or login code in clear.
 */
@Component
public class MailboxStore {

    private final SessionStore sessions;
    private final MailSeal seal;

    MailboxStore(SessionStore sessions, MailSeal seal) {
        this.sessions = sessions;
        this.seal = seal;
    }

    /** The inbox, values opened (null where they cannot be); an empty one, and no session opened, for a visitor who has none. */
    public Mailbox get(HttpServletRequest request) {
        Mailbox opened = new Mailbox();
        sessions.find(request, Mailbox.KEY).ifPresent(stored -> {
            var messages = stored.messages();
            for (int i = messages.size() - 1; i >= 0; i--) { // oldest first, so the newest ends on top
                MailMessage m = messages.get(i);
                opened.deliver(m.withValue(seal.open(m.value()).orElse(null)));
            }
        });
        return opened;
    }

    public void deliver(HttpServletRequest request, MailMessage message) {
        MailMessage sealed = message.withValue(seal.seal(message.value()));
        sessions.update(request, Mailbox.KEY, Mailbox::new, mailbox -> mailbox.deliver(sealed));
    }
}
