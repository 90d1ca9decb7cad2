package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import org.ameliwalkthrough.system.SessionKey;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Finds a learner's session again when the workshop ends, on whichever instance it lives: Spring
 * Session indexes a session by its "principal name", which we set to the learner's id (no practice
 * page uses Spring Security's log-in, so the name is free). Ending clears everything the session
 * holds (the journey, the inbox, a FranceConnect hand-off, the index itself) and leaves only the
 * ended seat, which names no learner.
 */
@Component
class LearnerSessions {

    private static final String PREFIX = "workshop-learner:";
    private static final SessionKey<String> INDEX =
            SessionKey.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, String.class);

    private final SessionStore sessions;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    LearnerSessions(
            SessionStore sessions, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.sessions = sessions;
        this.repository = repository;
    }

    void seat(HttpServletRequest request, Learner learner) {
        sessions.put(request, Seat.KEY, new Seat(learner.id(), false));
        sessions.put(request, INDEX, PREFIX + learner.id());
    }

    void end(String learnerId) {
        repository.ifAvailable(r -> end(r, learnerId));
    }

    private static <S extends Session> void end(FindByIndexNameSessionRepository<S> repository, String learnerId) {
        for (S session : repository.findByPrincipalName(PREFIX + learnerId).values()) {
            // The index goes too: Spring Session would otherwise keep the learner's id in PRINCIPAL_NAME.
            for (String name : session.getAttributeNames()) {
                session.removeAttribute(name);
            }
            session.setAttribute(Seat.KEY.name(), Seat.ENDED);
            repository.save(session);
        }
    }
}
