package org.ameliwalkthrough.practice;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The simulator's start: pick a persona, see their documents; and the FranceConnect fork's page. */
@Controller
class StartController {

    static final String SURPRISE = "surprise";

    private final PracticeRecords records;
    private final JourneyStore journeys;
    private final StepPages pages;
    private final BlockerAdvisor blockers;
    private final Random random = new SecureRandom();

    StartController(PracticeRecords records, JourneyStore journeys, StepPages pages, BlockerAdvisor blockers) {
        this.records = records;
        this.journeys = journeys;
        this.pages = pages;
        this.blockers = blockers;
    }

    @GetMapping("/practice")
    String start(Model model) {
        model.addAttribute(
                "personas",
                records.findAllPersonas().stream().map(PersonaDocuments::of).toList());
        return "practice/start";
    }

    @PostMapping("/practice/persona")
    String choose(@RequestParam(defaultValue = SURPRISE) String persona, HttpSession session) {
        List<PracticePerson> all = records.findAllPersonas();
        PracticePerson chosen = all.stream()
                .filter(p -> p.slug().equals(persona))
                .findFirst()
                .orElseGet(() -> all.get(random.nextInt(all.size())));
        Journey journey = journeys.restart(session);
        journey.choosePersona(chosen.slug());
        journeys.save(session, journey);
        return "redirect:/practice/documents";
    }

    @GetMapping("/practice/documents")
    String documents(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        if (journey.personaSlug() == null) {
            return "redirect:/practice";
        }
        pages.addDocuments(model, journey);
        return "practice/documents";
    }

    @PostMapping("/practice/restart")
    String restart(HttpSession session) {
        journeys.restart(session);
        return "redirect:/practice/identity";
    }

    /** Until the FranceConnect route is built: why this person cannot use route 1. */
    @GetMapping("/practice/franceconnect")
    String franceConnect(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.FRANCECONNECT)) {
            return journey.firstUnfinished().redirect();
        }
        PracticePerson person = records.findBySlug(journey.personSlug()).orElseThrow();
        model.addAttribute("reasonKey", reasonKey(person));
        model.addAttribute("blocker", blockers.forPerson(person).orElse(null)); // troubleshooting hook
        pages.prepare(model, journey, Step.FRANCECONNECT);
        return "practice/franceconnect";
    }

    static String reasonKey(PracticePerson person) {
        if (!person.isGeneralScheme()) {
            return "practice.franceconnect.reason.scheme";
        }
        if (!person.hasBankDetailsOnFile()) {
            return "practice.franceconnect.reason.noBankDetails";
        }
        return "practice.franceconnect.reason.cardNotActivated";
    }
}
