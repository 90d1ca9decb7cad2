package org.ameliwalkthrough.franceconnect;

import java.util.List;
import java.util.Optional;

/**
 * A service provider known to the practice FranceConnect, and all it knows of that service. Like
 * the real one, it only ever sends people back to the redirect URI registered for the client.
 * Private services (not ameli) also ask for the consent checkbox.
 *
 * @param homeUri where a page with no login in progress sends people to start from the service
 * @param documentsUri the service's practice page with the persona's papers (numéro fiscal and
 *     practice password), linked from the practice impots.gouv.fr login
 */
record RegisteredClient(
        String clientId,
        String redirectUri,
        String displayName,
        boolean privateService,
        String homeUri,
        String documentsUri) {

    /** The practice ameli: a public service, so no consent checkbox. */
    static final RegisteredClient AMELI = new RegisteredClient(
            "ameli-practice", "/practice/franceconnect/callback", "ameli", false, "/practice", "/practice/documents");

    /** Every registered service, in the order pages list them. */
    static final List<RegisteredClient> ALL = List.of(AMELI);

    static Optional<RegisteredClient> find(String clientId) {
        return ALL.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }
}
