package org.ameliwalkthrough.check;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ameliwalkthrough.system.FormPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Check my numbers": typo-checks a social security number, numéro fiscal and IBAN before someone
 * uses them on the real site. The answer is rendered straight from the POST (no redirect): the
 * numbers are never put in a session, a flash attribute or a URL, so nothing outlives the response.
 */
@Controller
class CheckController {

    private final CheckResults results;

    CheckController(CheckResults results) {
        this.results = results;
    }

    /** The empty form is the same for everyone in a language but its CSRF token: served from memory. */
    @Configuration
    static class SameFormForEveryone {
        @Bean
        FormPages checkPage() {
            return () -> List.of("/check");
        }
    }

    @GetMapping("/check")
    String form(Model model) {
        model.addAttribute("checkForm", CheckForm.empty());
        return "check/check";
    }

    @PostMapping("/check")
    String check(@Valid @ModelAttribute CheckForm checkForm, BindingResult binding, Model model, Locale locale) {
        if (checkForm.isEmpty()) {
            binding.rejectValue("nir", "check.empty");
        }
        List<CheckResults.Result> valid = new ArrayList<>();
        if (!binding.hasFieldErrors("nir")) {
            results.nir(checkForm.nir(), locale).ifPresent(valid::add);
        }
        if (!binding.hasFieldErrors("numeroFiscal")) {
            results.numeroFiscal(checkForm.numeroFiscal()).ifPresent(valid::add);
        }
        if (!binding.hasFieldErrors("iban")) {
            results.iban(checkForm.iban()).ifPresent(valid::add);
        }
        model.addAttribute("results", valid);
        model.addAttribute("hasErrors", binding.hasErrors());
        return "check/check";
    }
}
