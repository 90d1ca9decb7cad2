package org.ameliwalkthrough.practice.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.ameliwalkthrough.practice.journey.Journey;
import org.ameliwalkthrough.practice.journey.JourneyDefinition;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.ameliwalkthrough.practice.journey.PracticeJourneys;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.system.SessionStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ameli's two ends of the FranceConnect login: "S'identifier avec FranceConnect" makes a fresh state
 * and nonce and leaves; the callback checks the state, redeems the code, looks the identity up in the
 * records and, when it is known, carries the journey on to the shared steps.
 */
@Controller
class FranceConnectClientController {

    static final String VIEW = "practice/back-from-franceconnect";

    private final IdentityProviderClient client;
    private final IdentityMatcher matcher;
    private final PracticeJourneys journeys;
    private final JourneyDefinition definition;
    private final SessionStore sessions;

    FranceConnectClientController(
            IdentityProviderClient client,
            IdentityMatcher matcher,
            PracticeJourneys journeys,
            JourneyDefinition definition,
            SessionStore sessions) {
        this.client = client;
        this.matcher = matcher;
        this.journeys = journeys;
        this.definition = definition;
        this.sessions = sessions;
    }

    @PostMapping(JourneyPaths.FRANCECONNECT_START)
    String start(HttpServletRequest request) {
        PendingHandOff pending = sessions.put(request, PendingHandOff.KEY, PendingHandOff.fresh());
        return JourneyPaths.redirect(client.authorizationUri(pending.state(), pending.nonce()));
    }

    @GetMapping(JourneyPaths.FRANCECONNECT_CALLBACK)
    String callback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<PendingHandOff> pending = sessions.take(http, PendingHandOff.KEY);
        if (pending.isEmpty() || !sameState(pending.get().state(), state)) {
            return refused(HandOffRefused.Reason.WRONG_STATE, response, model);
        }
        if (error != null) {
            model.addAttribute("outcome", "cancelled");
            return VIEW;
        }
        VerifiedIdentity identity;
        try {
            identity = client.redeem(code, pending.get().nonce());
        } catch (HandOffRefused refused) {
            return refused(refused.reason(), response, model);
        }
        http.changeSessionId(); // back with an identity: a new session id, so one fixed beforehand is worth nothing
        Optional<PracticePerson> person = matcher.find(identity);
        if (person.isEmpty()) {
            model.addAttribute("outcome", "unknown");
            return VIEW;
        }
        Journey journey = journeys.current(http);
        definition.recognisedByFranceConnect(journey, person.get());
        journeys.save(http, journey);
        // Said once, on the first page back on ameli: who FranceConnect said this is.
        redirect.addFlashAttribute(
                "recognisedAs", person.get().firstNames() + " " + person.get().birthName());
        redirect.addFlashAttribute("recognisedBorn", person.get().birthDate());
        return JourneyPaths.redirect(definition.firstUnfinished(journey).path());
    }

    private static String refused(HandOffRefused.Reason reason, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("outcome", "refused");
        model.addAttribute("reason", reason.name());
        return VIEW;
    }

    private static boolean sameState(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
