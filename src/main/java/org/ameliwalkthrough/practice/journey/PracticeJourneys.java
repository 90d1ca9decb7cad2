package org.ameliwalkthrough.practice.journey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.SessionPages;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Component;

/**
 * The current visitor's journey, from the session store, and the people it names, from the records.
 * Its pages are the ones that look the session up ({@link SessionPages}).
 */
@Component
public class PracticeJourneys implements SessionPages {

    private final SessionStore sessions;
    private final PracticeRecords records;

    PracticeJourneys(SessionStore sessions, PracticeRecords records) {
        this.sessions = sessions;
        this.records = records;
    }

    @Override
    public List<String> prefixes() {
        return List.of(JourneyPaths.START);
    }

    @Override
    public List<String> sessionFreePrefixes() {
        return List.of(JourneyPaths.PERSONAS);
    }

    /** The visitor's journey, or a fresh one (not stored until something is saved). */
    public Journey current(HttpServletRequest request) {
        return sessions.find(request, Journey.KEY).orElseGet(Journey::new);
    }

    /**
     * True when the visitor had a practice session that has ended (30 minutes idle): no journey now, but
     * the browser still names a session that is gone, or the persona it practised as.
     */
    public boolean ended(HttpServletRequest request) {
        if (sessions.find(request, Journey.KEY).isPresent()) {
            return false;
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return expired || PersonaCookie.read(request).isPresent();
    }

    public void save(HttpServletRequest request, Journey journey) {
        sessions.put(request, Journey.KEY, journey);
    }

    /** The journey with the person the records recognised, for a step's handler. */
    public StepContext context(HttpServletRequest request, StepSpec step) {
        Journey journey = current(request);
        return new StepContext(step, journey, person(journey), request);
    }

    public Optional<PracticePerson> person(Journey journey) {
        return journey.personSlug() == null ? Optional.empty() : records.findBySlug(journey.personSlug());
    }

    /** The persona whose documents are shown beside the screens. */
    public Optional<PersonaDocuments> documents(Journey journey) {
        return journey.personaSlug() == null
                ? Optional.empty()
                : records.findBySlug(journey.personaSlug()).map(PersonaDocuments::of);
    }

    /** The same, reusing the person a step already loaded when it is the persona (most journeys): one query less. */
    public Optional<PersonaDocuments> documents(StepContext context) {
        Optional<PracticePerson> known =
                context.person().filter(p -> p.slug().equals(context.journey().personaSlug()));
        return known.isPresent() ? known.map(PersonaDocuments::of) : documents(context.journey());
    }
}
