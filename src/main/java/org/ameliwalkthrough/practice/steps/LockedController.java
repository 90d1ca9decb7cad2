package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.records.PracticePerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Too many wrong answers to route 1's checks: this person is locked for a while. */
@Controller
class LockedController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final PracticeJourneys journeys;
    private final JourneyDefinition definition;
    private final CheckAttempts attempts;

    LockedController(PracticeJourneys journeys, JourneyDefinition definition, CheckAttempts attempts) {
        this.journeys = journeys;
        this.definition = definition;
        this.attempts = attempts;
    }

    @GetMapping(JourneyPaths.LOCKED)
    String locked(HttpServletRequest request, Model model) {
        Journey journey = journeys.current(request);
        Optional<Instant> until = journey.personSlug() == null
                ? Optional.empty()
                : attempts.lockedUntil(journey.attemptKey(journey.personSlug()));
        if (until.isEmpty()) {
            return JourneyPaths.redirect(definition.firstUnfinished(journey).path());
        }
        model.addAttribute(
                "name",
                journeys.person(journey).map(PracticePerson::displayName).orElse(""));
        model.addAttribute("until", until.get().atZone(PARIS).toLocalTime().format(HH_MM));
        return "practice/locked";
    }
}
