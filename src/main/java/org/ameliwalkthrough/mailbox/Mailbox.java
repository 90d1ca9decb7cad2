package org.ameliwalkthrough.mailbox;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ameliwalkthrough.system.SessionKey;

/** The practice inbox of one visitor, newest message first. It lives in the HTTP session. */
public class Mailbox implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final SessionKey<Mailbox> KEY = SessionKey.of("practiceMailbox", Mailbox.class);

    private static final int KEEP = 20;

    private final List<MailMessage> messages = new ArrayList<>();

    public void deliver(MailMessage message) {
        messages.add(0, message);
        if (messages.size() > KEEP) {
            messages.remove(KEEP);
        }
    }

    public List<MailMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
