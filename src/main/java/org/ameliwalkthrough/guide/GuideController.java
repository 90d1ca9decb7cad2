package org.ameliwalkthrough.guide;

import java.util.List;
import org.ameliwalkthrough.system.InformationPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guide's pages are static content in both languages: one template per URL. */
@Controller
class GuideController {

    /** Anchors on /glossary, in display order; each has guide.glossary.&lt;id&gt;.term and .text keys. */
    static final List<String> GLOSSARY_TERMS = List.of(
            "ameli",
            "assurance-maladie",
            "cpam",
            "carte-vitale",
            "serial-number",
            "nir",
            "nia",
            "attestation-de-droits",
            "rib",
            "iban",
            "cle-rib",
            "numero-fiscal",
            "avis-d-impot",
            "impots-gouv",
            "franceconnect",
            "france-identite",
            "cgu",
            "code-provisoire",
            "login-code",
            "amelibot",
            "line-3646",
            "mutuelle");

    /**
     * Every page here reads nothing but its path and language (which-route only without its answers'
     * query), so each is rendered once per language and served from memory.
     */
    @Configuration
    static class SameForEveryone {
        @Bean
        InformationPages guidePages() {
            return () -> List.of(
                    "/",
                    "/guide",
                    "/guide/which-route",
                    "/where-to-find-your-numbers",
                    "/checklist",
                    "/help",
                    "/glossary");
        }
    }

    @GetMapping("/")
    String start() {
        return "guide/start";
    }

    @GetMapping("/guide")
    String guide(Model model) {
        model.addAttribute(WhichRouteController.FORM, WhichRouteForm.EMPTY);
        model.addAttribute(WhichRouteController.CHOICES, WhichRouteForm.CHOICES);
        return "guide/guide";
    }

    @GetMapping("/where-to-find-your-numbers")
    String whereToFindYourNumbers(Model model) {
        model.addAttribute("example", ExampleDocuments.FICTIONAL);
        return "guide/where-to-find-your-numbers";
    }

    @GetMapping("/checklist")
    String checklist(Model model) {
        model.addAttribute("routes", Checklist.ROUTES);
        return "guide/checklist";
    }

    @GetMapping("/help")
    String help() {
        return "guide/help";
    }

    @GetMapping("/glossary")
    String glossary(Model model) {
        model.addAttribute("terms", GLOSSARY_TERMS);
        return "guide/glossary";
    }
}
