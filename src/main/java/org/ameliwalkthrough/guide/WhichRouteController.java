package org.ameliwalkthrough.guide;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Which route is mine?": a GET form, so it works without JavaScript, creates no session and needs no
 * CSRF token (it changes nothing). The hidden {@code asked} field tells a submitted form with no
 * answer apart from a first visit.
 */
@Controller
class WhichRouteController {

    static final String FORM = "whichRoute";
    static final String CHOICES = "whichRouteChoices";
    private static final String VIEW = "guide/which-route";

    /** The answers each question offers, for the form here and on /guide. */
    @ModelAttribute(CHOICES)
    Map<String, List<String>> choices() {
        return WhichRouteForm.CHOICES;
    }

    @GetMapping(path = "/guide/which-route", params = "!asked")
    String questions(Model model) {
        model.addAttribute(FORM, WhichRouteForm.EMPTY);
        return VIEW;
    }

    @GetMapping(path = "/guide/which-route", params = "asked")
    String answer(@Valid @ModelAttribute(FORM) WhichRouteForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("hasErrors", true);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, inPageOrder(result));
        } else {
            model.addAttribute("answer", form.answer());
        }
        return VIEW;
    }

    /** Bean Validation reports violations in no set order; the error summary must follow the questions. */
    private static BindingResult inPageOrder(BindingResult result) {
        BindingResult ordered = new DirectFieldBindingResult(result.getTarget(), result.getObjectName());
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> WhichRouteForm.QUESTIONS.indexOf(error.getField())))
                .forEach(ordered::addError);
        return ordered;
    }
}
