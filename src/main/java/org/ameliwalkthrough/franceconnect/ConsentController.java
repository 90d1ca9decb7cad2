package org.ameliwalkthrough.franceconnect;

import static org.ameliwalkthrough.franceconnect.ChooserController.BASE;
import static org.ameliwalkthrough.franceconnect.ChooserController.NO_REQUEST;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Vous allez vous connecter en tant que :": the identity that will be shared, then "Continuer sur
 * ameli", which issues the one-time code and sends the person back with it and the service's state.
 */
@Controller
class ConsentController {

    static final String FORM = "consent";
    private static final String VIEW = "franceconnect/consent";

    private final PracticeRecords records;
    private final AuthorizationCodes codes;

    ConsentController(PracticeRecords records, AuthorizationCodes codes) {
        this.records = records;
        this.codes = codes;
    }

    @GetMapping(BASE + "/consent")
    String show(HttpServletRequest http, Model model) {
        Optional<PendingLogin> pending = PendingLogin.in(http.getSession(false));
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        if (!pending.get().isIdentified()) {
            return "redirect:" + BASE + "/choose";
        }
        model.addAttribute(FORM, new ConsentForm(false));
        return render(pending.get(), model);
    }

    @PostMapping(BASE + "/consent")
    String consent(@ModelAttribute(FORM) ConsentForm form, BindingResult result, HttpServletRequest http, Model model) {
        HttpSession session = http.getSession(false);
        Optional<PendingLogin> pending = PendingLogin.in(session);
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        if (!pending.get().isIdentified()) {
            return "redirect:" + BASE + "/choose";
        }
        if (ChooserController.client(pending.get()).privateService() && !form.accept()) {
            result.rejectValue("accept", "fc.consent.accept.required");
            return render(pending.get(), model);
        }
        AuthorizationRequest request = pending.get().request();
        String code = codes.issue(request, pending.get().personId());
        PendingLogin.finish(session);
        return "redirect:"
                + UriComponentsBuilder.fromUriString(request.redirectUri())
                        .queryParam("code", code)
                        .queryParam("state", request.state())
                        .build()
                        .encode()
                        .toUriString();
    }

    private String render(PendingLogin pending, Model model) {
        PracticePerson person = records.findById(pending.personId()).orElseThrow();
        model.addAttribute("person", person);
        model.addAttribute("client", ChooserController.client(pending));
        return VIEW;
    }
}
