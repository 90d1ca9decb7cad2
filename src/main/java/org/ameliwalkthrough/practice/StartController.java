package org.ameliwalkthrough.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyEvents;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PersonaCookie;
import org.ameliwalkthrough.practice.journey.PersonaDocuments;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.system.FormPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The simulator's start: pick a persona, see their documents, and start again. */
@Controller
class StartController {

    static final String SURPRISE = "surprise";

    private final PracticeRecords records;
    private final PracticeJourneys journeys;
    private final JourneyDefinition definition;
    private final JourneyEvents events;
    private final Random random = new SecureRandom();

    StartController(
            PracticeRecords records,
            PracticeJourneys journeys,
            JourneyDefinition definition,
            ObjectProvider<JourneyEvents> events) {
        this.records = records;
        this.journeys = journeys;
        this.definition = definition;
        this.events = events.getIfAvailable(() -> JourneyEvents.NONE);
    }

    /**
     * Without a session the persona list is the same for everyone in a language but its CSRF token
     * (the personas are Flyway seed data): served from memory.
     */
    @Configuration
    static class SameFormForEveryone {
        @Bean
        FormPages startPage() {
            return () -> List.of(JourneyPaths.START);
        }
    }

    @GetMapping(JourneyPaths.START)
    String start(Model model) {
        model.addAttribute(
                "personas",
                records.findAllPersonas().stream().map(PersonaDocuments::of).toList());
        return "practice/start";
    }

    /** A fresh journey as this persona; attempt locks belong to the person and survive it. */
    @RateLimited(RateLimit.PERSONA)
    @PostMapping(JourneyPaths.PERSONA)
    String choose(
            @RequestParam(defaultValue = SURPRISE) String persona,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<PracticePerson> all = records.findAllPersonas();
        PracticePerson chosen = all.stream()
                .filter(p -> p.slug().equals(persona))
                .findFirst()
                .orElseGet(() -> all.get(random.nextInt(all.size())));
        Journey journey = journeys.current(request).restarted();
        definition.choosePersona(journey, chosen);
        journeys.save(request, journey);
        events.personaChosen(request, journey);
        PersonaCookie.remember(response, chosen.slug()); // so an ended session can offer the same persona
        return JourneyPaths.redirect(JourneyPaths.DOCUMENTS);
    }

    @GetMapping(JourneyPaths.DOCUMENTS)
    String documents(HttpServletRequest request, Model model) {
        var documents = journeys.documents(journeys.current(request));
        if (documents.isEmpty()) {
            return JourneyPaths.redirect(
                    journeys.ended(request) ? JourneyPaths.sessionEnded(JourneyPaths.DOCUMENTS) : JourneyPaths.START);
        }
        model.addAttribute("documents", documents.get());
        model.addAttribute("firstStep", definition.steps().get(0).path());
        return "practice/documents";
    }

    @PostMapping(JourneyPaths.RESTART)
    String restart(HttpServletRequest request) {
        Journey fresh = journeys.current(request).restarted();
        journeys.save(request, fresh);
        return JourneyPaths.redirect(definition.firstUnfinished(fresh).path());
    }
}
