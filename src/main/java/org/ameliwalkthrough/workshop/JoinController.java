package org.ameliwalkthrough.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A learner joins with the code (typed, or in the QR link) and a display name, is handed a persona
 * (or chooses one, if the volunteer allowed it) and goes on to the normal persona start. Nothing
 * personal is asked or kept; the session holds the learner's id only.
 */
@Controller
class JoinController {

    private final Workshops workshops;
    private final Learners learners;
    private final Board board;
    private final LearnerSessions seats;
    private final SessionStore sessions;
    private final PracticeJourneys journeys;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final SecureRandom random = new SecureRandom();

    JoinController(
            Workshops workshops,
            Learners learners,
            Board board,
            LearnerSessions seats,
            SessionStore sessions,
            PracticeJourneys journeys,
            MessageSource messages,
            java.time.Clock clock) {
        this.workshops = workshops;
        this.learners = learners;
        this.board = board;
        this.seats = seats;
        this.sessions = sessions;
        this.journeys = journeys;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(WorkshopPaths.JOIN)
    String form(Locale locale, Model model) {
        return show(new JoinForm("", suggestion(locale)), model);
    }

    /** The QR code's link: the code is filled in. */
    @GetMapping(WorkshopPaths.JOIN_CODE)
    String withCode(@PathVariable String code, Locale locale, Model model) {
        return show(new JoinForm(WorkshopTokens.normalizeCode(code), suggestion(locale)), model);
    }

    @RateLimited(RateLimit.WORKSHOP_JOIN)
    @PostMapping(WorkshopPaths.JOIN)
    String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult result, HttpServletRequest request) {
        String typed = WorkshopTokens.normalizeCode(form.code());
        if (!result.hasFieldErrors("code") && WorkshopTokens.hasLookAlike(typed)) {
            result.rejectValue("code", "workshop.join.code.lookalike");
        }
        Optional<Workshop> workshop = result.hasFieldErrors("code") ? Optional.empty() : workshops.byCode(typed);
        if (!result.hasFieldErrors("code")) {
            refusal(workshop).ifPresent(code -> result.rejectValue("code", code));
        }
        if (result.hasErrors()) {
            return "workshop/join";
        }
        String name = form.name().strip();
        if (workshop.get().learnersChoose()) {
            sessions.put(
                    request, PendingJoin.KEY, new PendingJoin(workshop.get().id(), name));
            return "redirect:" + WorkshopPaths.JOIN_PERSONA;
        }
        seat(request, workshop.get(), name, leastUsed(workshop.get()));
        return "redirect:" + WorkshopPaths.WELCOME;
    }

    @GetMapping(WorkshopPaths.JOIN_PERSONA)
    String choose(HttpServletRequest request, Model model) {
        Optional<Workshop> workshop = pending(request);
        if (workshop.isEmpty()) {
            return "redirect:" + WorkshopPaths.JOIN;
        }
        personaChoice(workshop.get(), model);
        return "workshop/join-persona";
    }

    @PostMapping(WorkshopPaths.JOIN_PERSONA)
    String chosen(@RequestParam(defaultValue = "") String persona, HttpServletRequest request, Model model) {
        Optional<Workshop> workshop = pending(request);
        if (workshop.isEmpty()) {
            return "redirect:" + WorkshopPaths.JOIN;
        }
        if (refusal(workshop).isPresent()) { // closed or filled up while choosing
            sessions.remove(request, PendingJoin.KEY);
            return "redirect:" + WorkshopPaths.JOIN + "/" + workshop.get().joinCode();
        }
        Optional<PracticePerson> chosen = board.handedOut(workshop.get()).stream()
                .filter(p -> p.slug().equals(persona))
                .findFirst();
        if (chosen.isEmpty()) {
            personaChoice(workshop.get(), model);
            model.addAttribute("personaError", true);
            return "workshop/join-persona";
        }
        String name = sessions.take(request, PendingJoin.KEY).orElseThrow().displayName();
        seat(request, workshop.get(), name, chosen.get());
        return "redirect:" + WorkshopPaths.WELCOME;
    }

    /** The personas to choose from, each with the story the practice start page tells, so the route is no guess. */
    private void personaChoice(Workshop workshop, Model model) {
        List<PracticePerson> personas = board.handedOut(workshop);
        model.addAttribute("personas", personas);
        model.addAttribute(
                "stories", personas.stream().collect(Collectors.toMap(PracticePerson::slug, Personas::storyKey)));
    }

    private String show(JoinForm form, Model model) {
        model.addAttribute("form", form);
        return "workshop/join";
    }

    /** Why a code cannot be joined now: unknown, ended (closed or past its 12 hours) or full. */
    private Optional<String> refusal(Optional<Workshop> workshop) {
        if (workshop.isEmpty()) {
            return Optional.of("workshop.join.code.unknown");
        }
        if (!workshop.get().isOpen(clock.instant())) {
            return Optional.of("workshop.join.code.ended");
        }
        if (learners.count(workshop.get().id()) >= workshop.get().size()) {
            return Optional.of("workshop.join.code.full");
        }
        return Optional.empty();
    }

    private Optional<Workshop> pending(HttpServletRequest request) {
        return sessions.find(request, PendingJoin.KEY).flatMap(p -> workshops.byId(p.workshopId()));
    }

    /** Round robin: the persona of the set that the fewest learners have, in the records' order. */
    private PracticePerson leastUsed(Workshop workshop) {
        Map<String, Long> used = learners.personaCounts(workshop.id());
        List<PracticePerson> set = board.handedOut(workshop);
        return set.stream()
                .min(Comparator.comparingLong((PracticePerson p) -> used.getOrDefault(p.slug(), 0L)))
                .orElseThrow();
    }

    private void seat(HttpServletRequest request, Workshop workshop, String name, PracticePerson persona) {
        Learner learner = learners.add(workshop.id(), name, persona.slug());
        seats.seat(request, learner);
        // This journey's wrong answers count for this learner only, not for everyone practising as the persona.
        journeys.save(request, new Journey().scopedTo(learner.id()));
    }

    private String suggestion(Locale locale) {
        String[] names =
                messages.getMessage("workshop.join.suggestions", null, locale).split("\\|");
        return names[random.nextInt(names.length)].strip();
    }
}
