package org.ameliwalkthrough.workshop;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** A volunteer opens a workshop (no account); the board's secret address is all they keep. */
@Controller
class OpenController {

    private final Workshops workshops;

    OpenController(Workshops workshops) {
        this.workshops = workshops;
    }

    @ModelAttribute("personaSets")
    List<String> personaSets() {
        return Arrays.stream(PersonaSet.values()).map(Enum::name).toList();
    }

    @GetMapping(WorkshopPaths.OPEN)
    String form(Locale locale, Model model) {
        model.addAttribute("form", OpenForm.defaults(locale.getLanguage()));
        return "workshop/open";
    }

    @PostMapping(WorkshopPaths.OPEN)
    String open(@Valid @ModelAttribute("form") OpenForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "workshop/open";
        }
        var opened = workshops.open(form.language(), form.set(), form.choose(), form.limit());
        // The board in the volunteer's chosen language (remembered by this browser like any ?lang= switch).
        return "redirect:" + WorkshopPaths.board(opened.secret()) + "?lang=" + form.language();
    }
}
