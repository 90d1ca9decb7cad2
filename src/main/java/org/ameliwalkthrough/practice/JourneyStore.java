package org.ameliwalkthrough.practice;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the journey in the HTTP session. Spring Session JDBC stores an attribute only
 * when it is set, so every change must end with {@link #save}.
 */
@Component
public class JourneyStore {

    static final String ATTRIBUTE = "practiceJourney";

    public Journey get(HttpSession session) {
        Journey journey = (Journey) session.getAttribute(ATTRIBUTE);
        return journey != null ? journey : new Journey();
    }

    public void save(HttpSession session, Journey journey) {
        session.setAttribute(ATTRIBUTE, journey);
    }

    /** A fresh journey with the same id and persona (a lock on the old attempt still applies). */
    public Journey restart(HttpSession session) {
        Journey old = get(session);
        Journey fresh = new Journey(old.id());
        fresh.choosePersona(old.personaSlug());
        save(session, fresh);
        return fresh;
    }
}
