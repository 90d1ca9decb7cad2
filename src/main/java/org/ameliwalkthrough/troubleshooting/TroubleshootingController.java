package org.ameliwalkthrough.troubleshooting;

import java.util.List;
import org.ameliwalkthrough.system.InformationPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The two pages for when things go wrong: blockers at sign-up, and fake "ameli" messages. */
@Controller
class TroubleshootingController {

    private final BlockerAdvisor advisor;

    TroubleshootingController(BlockerAdvisor advisor) {
        this.advisor = advisor;
    }

    /**
     * Both pages are the same for everyone in a language, so they are rendered once per language and
     * served from memory. Which personas rehearse a blocker comes from the records, which Flyway
     * seeds and nothing changes while the application runs.
     */
    @Configuration
    static class SameForEveryone {
        @Bean
        InformationPages troubleshootingPages() {
            return () -> List.of("/something-went-wrong", "/stay-safe");
        }
    }

    @GetMapping("/something-went-wrong")
    String somethingWentWrong(Model model) {
        model.addAttribute("blockers", Blocker.values());
        model.addAttribute("rehearsedBy", advisor.rehearsedBy());
        return "troubleshooting/something-went-wrong";
    }

    @GetMapping("/stay-safe")
    String staySafe() {
        return "troubleshooting/stay-safe";
    }
}
