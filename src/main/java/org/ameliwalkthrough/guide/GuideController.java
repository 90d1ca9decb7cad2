package org.ameliwalkthrough.guide;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The guide's pages are static content in both languages: one template per URL. */
@Controller
class GuideController {

    @GetMapping("/")
    String start() {
        return "guide/start";
    }
}
