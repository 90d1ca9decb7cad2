package org.ameliwalkthrough.troubleshooting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ameliwalkthrough.system.SessionStore;

/**
 * "Spot the fake" inside the practice mailbox: the simulator's inbox page asks for this view and
 * shows the fakes beside its own, real validation e-mail (mailbox/inbox.html). The simulator
 * creates it with the inbox's address, where an answer given there returns to.
 */
public class SpotTheFakeInbox {

    /** What the inbox template needs: the real message's role, the fakes, and the answers so far. */
    public record View(SpotMessage validation, List<SpotMessage> fakes, List<SpotMessage> all, SpotAnswers answers) {}

    private final SessionStore sessions;
    private final String path;

    public SpotTheFakeInbox(SessionStore sessions, String path) {
        this.sessions = sessions;
        this.path = path;
    }

    /** The inbox page's address. */
    public String path() {
        return path;
    }

    public View view(HttpServletRequest request) {
        return new View(
                SpotMessage.VALIDATION,
                SpotMessage.fakes(),
                List.of(SpotMessage.values()),
                sessions.find(request, SpotAnswers.KEY).orElseGet(SpotAnswers::new));
    }
}
