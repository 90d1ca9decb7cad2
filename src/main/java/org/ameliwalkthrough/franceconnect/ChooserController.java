package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.ameliwalkthrough.system.InformationPages;
import org.ameliwalkthrough.system.SessionPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The practice FranceConnect's own pages: the provider chooser, the other providers, cancel, and "what is it?". */
@Controller
class ChooserController {

    static final String BASE = "/practice-franceconnect";
    static final String WHAT_IS = BASE + "/what-is-franceconnect";

    /**
     * The pending login lives in the session: this service's pages look it up ({@code SessionFreePages}),
     * but for "what is FranceConnect?", which only informs (like the guide, it never shows the idle
     * warning) and so is rendered once per language and served from memory.
     */
    @Configuration
    static class UsesTheSession {
        @Bean
        SessionPages franceConnectPages() {
            return new SessionPages() {
                @Override
                public List<String> prefixes() {
                    return List.of(BASE);
                }

                @Override
                public List<String> sessionFreePrefixes() {
                    return List.of(WHAT_IS);
                }
            };
        }

        @Bean
        InformationPages franceConnectInformation() {
            return () -> List.of(WHAT_IS);
        }
    }

    /** Someone arrived without a service sending them: the page says where to start. */
    static final String NO_REQUEST = "franceconnect/no-request";

    @GetMapping(BASE + "/choose")
    String choose(HttpServletRequest http, Model model) {
        Optional<PendingLogin> pending = PendingLogin.in(http.getSession(false));
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        model.addAttribute("providers", Providers.ALL);
        model.addAttribute("client", client(pending.get()));
        return "franceconnect/choose";
    }

    @GetMapping(BASE + "/providers/{id}")
    String provider(@PathVariable String id, HttpServletRequest http, Model model) {
        if (Providers.IMPOTS.equals(id)) {
            return "redirect:" + BASE + "/impots";
        }
        if (!Providers.isExplainedOnly(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("provider", id);
        model.addAttribute("inProgress", PendingLogin.in(http.getSession(false)).isPresent());
        return "franceconnect/provider";
    }

    /** Back to the service with OpenID Connect's "access_denied", so it can say what happened. */
    @PostMapping(BASE + "/cancel")
    String cancel(HttpSession session) {
        Optional<PendingLogin> pending = PendingLogin.in(session);
        if (pending.isEmpty()) {
            return NO_REQUEST;
        }
        AuthorizationRequest request = pending.get().request();
        PendingLogin.finish(session);
        return "redirect:"
                + UriComponentsBuilder.fromUriString(request.redirectUri())
                        .queryParam("error", "access_denied")
                        .queryParam("state", request.state())
                        .build()
                        .encode()
                        .toUriString();
    }

    /** Information only: no session is looked up or created for it. */
    @GetMapping(WHAT_IS)
    String whatIsFranceConnect() {
        return "franceconnect/what-is-franceconnect";
    }

    static RegisteredClient client(PendingLogin pending) {
        return RegisteredClient.find(pending.request().clientId()).orElseThrow();
    }
}
