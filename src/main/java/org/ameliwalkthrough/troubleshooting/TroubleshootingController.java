package org.ameliwalkthrough.troubleshooting;

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
