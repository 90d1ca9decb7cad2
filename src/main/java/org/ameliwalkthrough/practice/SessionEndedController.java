package org.ameliwalkthrough.practice;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PersonaCookie;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.SessionEnded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your practice session ended", in plain words, with the way back: the answers are still there
 * (only the page had expired) → continue where you were; the session is gone → start again as the
 * same persona; a form outside the simulator → open that page again.
 */
@Controller
class SessionEndedController {

    private final PracticeJourneys journeys;
    private final PracticeRecords records;
    private final JourneyDefinition definition;
    private final Duration timeout;

    SessionEndedController(
            PracticeJourneys journeys,
            PracticeRecords records,
            JourneyDefinition definition,
            @Value("${spring.session.timeout:30m}") Duration timeout) {
        this.journeys = journeys;
        this.records = records;
        this.definition = definition;
        this.timeout = timeout;
    }

    /** GET when a step found the session gone; POST when it is shown in place of a refused form (403). */
    @RequestMapping(
            path = SessionEnded.PATH,
            method = {RequestMethod.GET, RequestMethod.POST})
    String ended(
            @RequestParam(name = SessionEnded.FROM, required = false) String from,
            HttpServletRequest request,
            Model model) {
        Object refused = request.getAttribute(SessionEnded.FROM_ATTRIBUTE);
        String where = SessionEnded.safe(refused instanceof String path ? path : from);
        model.addAttribute("minutes", Math.max(1, timeout.toMinutes()));
        Journey journey = journeys.current(request);
        Optional<PracticePerson> kept = persona(journey.personaSlug());
        model.addAttribute("practice", kept.isEmpty() && where.startsWith(JourneyPaths.START));
        if (kept.isPresent()) {
            model.addAttribute("kept", kept.get().displayName());
            model.addAttribute(
                    "continueHref", definition.firstUnfinished(journey).path());
        } else if (where.startsWith(JourneyPaths.START)) {
            persona(PersonaCookie.read(request).orElse(null)).ifPresent(p -> model.addAttribute("persona", p));
        } else {
            model.addAttribute("backHref", where);
        }
        return "practice/session-ended";
    }

    private Optional<PracticePerson> persona(String slug) {
        return slug == null ? Optional.empty() : records.findBySlug(slug);
    }
}
