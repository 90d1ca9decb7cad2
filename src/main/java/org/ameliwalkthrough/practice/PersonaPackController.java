package org.ameliwalkthrough.practice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PersonaDocuments;
import org.ameliwalkthrough.ratelimit.RateLimit;
import org.ameliwalkthrough.ratelimit.RateLimited;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Printable persona packs: each persona's story, route and documents on one A4 page, for a learner
 * who cannot switch between two screens (and for a workshop's board, several in one document). The
 * personas are public practice data, so these pages keep nothing in the session and never look it
 * up ({@code PracticeJourneys#sessionFreePrefixes}).
 */
@Controller
class PersonaPackController {

    private final PracticeRecords records;
    private final JourneyDefinition definition;
    private final BlockerAdvisor advisor;

    private final ObjectProvider<PackWorkshops> workshops;

    PersonaPackController(
            PracticeRecords records,
            JourneyDefinition definition,
            BlockerAdvisor advisor,
            ObjectProvider<PackWorkshops> workshops) {
        this.records = records;
        this.definition = definition;
        this.advisor = advisor;
        this.workshops = workshops;
    }

    @GetMapping(path = JourneyPaths.PACK, params = "!workshop")
    String pack(@PathVariable String key, Model model) {
        return inWorkshop(key, null, model);
    }

    /**
     * {@code ?workshop=CODE} (the board's links): the pack says how to join that workshop, if it is open.
     * Whether it is open answers a guess at a code, so these count as tries at joining.
     */
    @RateLimited(RateLimit.WORKSHOP_JOIN)
    @GetMapping(path = JourneyPaths.PACK, params = "workshop")
    String inWorkshop(@PathVariable String key, @RequestParam String workshop, Model model) {
        PracticePerson person = records.findBySlug(key).orElseThrow(PersonaPackController::notFound);
        model.addAttribute("pack", pack(person));
        start(workshop, model)
                .ifPresent(code -> model.addAttribute("currentPath", JourneyPaths.pack(key) + "?workshop=" + code));
        return "practice/pack";
    }

    @GetMapping(path = JourneyPaths.PACKS, params = "!keys")
    String index(Model model) {
        List<PersonaPack> packs =
                records.findAllPersonas().stream().map(this::pack).toList();
        model.addAttribute("packs", packs);
        model.addAttribute(
                "allKeys", packs.stream().map(p -> p.documents().slug()).collect(Collectors.joining(",")));
        return "practice/packs";
    }

    /** {@code ?keys=emma,david}: those packs, in that order, one per printed page; any unknown key is a 404. */
    @GetMapping(
            path = JourneyPaths.PACKS,
            params = {"keys", "!workshop"})
    String several(@RequestParam List<String> keys, Model model) {
        return severalInWorkshop(keys, null, model);
    }

    /** The board's "print all": as {@link #inWorkshop}, a try at joining. */
    @RateLimited(RateLimit.WORKSHOP_JOIN)
    @GetMapping(
            path = JourneyPaths.PACKS,
            params = {"keys", "workshop"})
    String severalInWorkshop(@RequestParam List<String> keys, @RequestParam String workshop, Model model) {
        Map<String, PracticePerson> bySlug =
                records.findAllPersonas().stream().collect(Collectors.toMap(PracticePerson::slug, Function.identity()));
        List<PersonaPack> packs = keys.stream()
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .distinct()
                .map(key -> pack(Optional.ofNullable(bySlug.get(key)).orElseThrow(PersonaPackController::notFound)))
                .toList();
        if (packs.isEmpty()) {
            throw notFound();
        }
        model.addAttribute("packs", packs);
        // The layout's language switch links to currentPath: keep the packs (known slugs only) across it.
        model.addAttribute(
                "currentPath",
                JourneyPaths.PACKS + "?keys="
                        + packs.stream().map(p -> p.documents().slug()).collect(Collectors.joining(","))
                        + start(workshop, model)
                                .map(code -> "&workshop=" + code)
                                .orElse(""));
        return "practice/packs-print";
    }

    private PersonaPack pack(PracticePerson person) {
        return new PersonaPack(
                PersonaDocuments.of(person),
                definition.routeFor(person),
                advisor.forPerson(person).orElse(null));
    }

    /**
     * Printed, so the page says in full where to start: the practice, or an open workshop's join page
     * and its code (only a code the workshop confirms, never the query as typed), which is returned
     * to keep across the language switch.
     */
    private Optional<String> start(String workshop, Model model) {
        PackWorkshops open = workshops.getIfAvailable();
        Optional<String> code = workshop == null || open == null ? Optional.empty() : open.openCode(workshop);
        model.addAttribute("startUrl", absolute(JourneyPaths.START));
        code.ifPresent(c -> {
            model.addAttribute("joinUrl", absolute(open.joinPath()));
            model.addAttribute("joinCode", c);
        });
        return code;
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
