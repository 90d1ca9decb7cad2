package org.ameliwalkthrough.franceconnect;

import java.util.Optional;

/**
 * A service provider known to the practice FranceConnect. Like the real one, it only ever sends
 * people back to the redirect URI registered for the client. Private services (not ameli) also ask
 * for the consent checkbox.
 */
record RegisteredClient(String clientId, String redirectUri, String displayName, boolean privateService) {

    /** The practice ameli: a public service, so no consent checkbox. */
    static final RegisteredClient AMELI =
            new RegisteredClient("ameli-practice", "/practice/franceconnect/callback", "ameli", false);

    static Optional<RegisteredClient> find(String clientId) {
        return AMELI.clientId().equals(clientId) ? Optional.of(AMELI) : Optional.empty();
    }
}
