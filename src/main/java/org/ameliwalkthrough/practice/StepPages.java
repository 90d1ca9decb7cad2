package org.ameliwalkthrough.practice;

import java.util.List;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every step page shows around its form: Back link, stepper and the persona's documents. */
@Component
public class StepPages {

    private final PracticeRecords records;

    StepPages(PracticeRecords records) {
        this.records = records;
    }

    public void prepare(Model model, Journey journey, Step step) {
        Step previous = journey.previous(step);
        model.addAttribute("backHref", previous == null ? "/practice" : previous.path());
        List<Step> questions = journey.questions();
        int index = questions.indexOf(step);
        if (index >= 0) {
            model.addAttribute("stepNumber", index + 1);
            model.addAttribute("stepCount", questions.size());
            // Before the records answer, the next screen is the one most people see: the IBAN.
            Step next = index + 1 < questions.size()
                    ? questions.get(index + 1)
                    : (step == Step.IDENTITY ? Step.IBAN : Step.CHECK_ANSWERS);
            model.addAttribute("nextStepKey", next.nameKey());
            if (journey.route() == null) {
                model.addAttribute(
                        "stepCount",
                        Route.CARTE_VITALE.steps().stream()
                                .filter(Step::isQuestion)
                                .count());
            }
        }
        addDocuments(model, journey);
    }

    public void addDocuments(Model model, Journey journey) {
        if (journey.personaSlug() != null) {
            records.findBySlug(journey.personaSlug())
                    .ifPresent(p -> model.addAttribute("documents", PersonaDocuments.of(p)));
        }
    }
}
