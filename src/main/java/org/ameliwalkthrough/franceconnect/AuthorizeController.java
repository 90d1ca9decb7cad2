package org.ameliwalkthrough.franceconnect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice FranceConnect's {@code /authorize}: checks the request the way the real one does
 * (registered client and redirect URI, {@code response_type=code}, {@code openid} scope, state and
 * nonce of 22+ characters), remembers it, and sends the person to the provider chooser.
 */
@Controller
class AuthorizeController {

    @GetMapping(ChooserController.BASE + "/authorize")
    String authorize(
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(name = "response_type", required = false) String responseType,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String nonce,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        Optional<RegisteredClient> client = RegisteredClient.find(clientId);
        // Never send anyone to an address the service did not register: an error page instead.
        String problem = client.isEmpty() || !client.get().redirectUri().equals(redirectUri)
                ? "client"
                : !"code".equals(responseType)
                                || scope == null
                                || !Arrays.asList(scope.split(" ")).contains("openid")
                        ? "request"
                        : !longEnough(state) || !longEnough(nonce) ? "stateNonce" : null;
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", problem);
            return "franceconnect/bad-request";
        }
        // Only an accepted request opens a session: a refused one leaves nothing behind.
        PendingLogin.start(http.getSession(), new AuthorizationRequest(clientId, redirectUri, state, nonce));
        return "redirect:" + ChooserController.BASE + "/choose";
    }

    private static boolean longEnough(String value) {
        return value != null && value.length() >= AuthorizationRequest.MIN_RANDOM_LENGTH && value.length() <= 512;
    }
}
