package org.ameliwalkthrough.practice.steps;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.practice.IdentityAnswers;
import org.ameliwalkthrough.practice.Journey;
import org.ameliwalkthrough.practice.JourneyStore;
import org.ameliwalkthrough.practice.Step;
import org.ameliwalkthrough.practice.StepPages;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.troubleshooting.BlockerAdvisor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Screen 1: who are you? The answer decides the route. */
@Controller
class IdentityController {

    private static final String VIEW = "practice/identity";

    private final JourneyStore journeys;
    private final StepPages pages;
    private final IdentityLookup lookup;
    private final PracticeRecords records;
    private final BlockerAdvisor blockers;

    IdentityController(
            JourneyStore journeys,
            StepPages pages,
            IdentityLookup lookup,
            PracticeRecords records,
            BlockerAdvisor blockers) {
        this.journeys = journeys;
        this.pages = pages;
        this.lookup = lookup;
        this.records = records;
        this.blockers = blockers;
    }

    @GetMapping("/practice/identity")
    String show(HttpSession session, Model model) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.IDENTITY)) {
            return journey.firstUnfinished().redirect();
        }
        model.addAttribute("form", prefill(journey));
        pages.prepare(model, journey, Step.IDENTITY);
        return VIEW;
    }

    @PostMapping("/practice/identity")
    String submit(
            @Valid @ModelAttribute("form") IdentityForm form,
            BindingResult result,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        Journey journey = journeys.get(session);
        if (!journey.canShow(Step.IDENTITY)) {
            return journey.firstUnfinished().redirect();
        }
        IdentityLookup.Result found = null;
        if (!result.hasErrors()) {
            found = lookup.lookUp(form, Nir.parse(form.nir()).withoutKey());
            if (!found.found()) {
                result.reject("practice.identity.notRecognised");
                result.rejectValue(found.field(), found.hintKey());
            }
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            // troubleshooting hook: the real-looking message and a link to what to do
            model.addAttribute(
                    "blocker",
                    blockers.forIdentityStep(form.nir(), found != null && !found.found())
                            .orElse(null));
            pages.prepare(model, journey, Step.IDENTITY);
            return VIEW;
        }
        var person = found.person();
        journey.identified(
                person,
                new IdentityAnswers(
                        form.lastName().strip(),
                        form.firstName().strip(),
                        Nir.parse(person.nir()).masked(),
                        form.getBirthDate(),
                        person.postcode()));
        journeys.save(session, journey);
        return journey.firstUnfinished().redirect();
    }

    /** Back or Change: show what was typed; the number itself comes from the records, not the session. */
    private IdentityForm prefill(Journey journey) {
        IdentityAnswers a = journey.identity();
        if (a == null) {
            return IdentityForm.empty();
        }
        String nir =
                records.findBySlug(journey.personSlug()).map(p -> p.nir13()).orElse(null);
        return new IdentityForm(
                a.lastName(),
                a.firstName(),
                nir,
                String.valueOf(a.birthDate().getDayOfMonth()),
                String.valueOf(a.birthDate().getMonthValue()),
                String.valueOf(a.birthDate().getYear()),
                a.postcode());
    }
}
