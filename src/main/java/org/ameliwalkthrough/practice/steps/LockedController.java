package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ameliwalkthrough.practice.account.CheckAttempts;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Too many wrong answers to route 1's checks: this person is locked for a while. */
@Controller
class LockedController {

    private final PracticeJourneys journeys;
    private final JourneyDefinition definition;
    private final CheckAttempts attempts;
    private final Clock clock;

    LockedController(PracticeJourneys journeys, JourneyDefinition definition, CheckAttempts attempts, Clock clock) {
        this.journeys = journeys;
        this.definition = definition;
        this.attempts = attempts;
        this.clock = clock;
    }

    @GetMapping(JourneyPaths.LOCKED)
    String locked(HttpServletRequest request, Model model) {
        Journey journey = journeys.current(request);
        Optional<Instant> until =
                journey.personSlug() == null ? Optional.empty() : attempts.lockedUntil(journey.personSlug());
        if (until.isEmpty()) {
            return JourneyPaths.redirect(definition.firstUnfinished(journey).path());
        }
        model.addAttribute(
                "minutes",
                Math.max(1, Duration.between(clock.instant(), until.get()).toMinutes()));
        model.addAttribute("start", JourneyPaths.START);
        return "practice/locked";
    }
}
