package org.ameliwalkthrough.practice.oidc;

/**
 * What ameli needs from FranceConnect, in OpenID Connect's authorization-code shape. A real client
 * would build the {@code /authorize} URL of the integration environment and call its token and
 * userinfo endpoints with the client secret.
 */
public interface IdentityProviderClient {

    /** Where to send the browser, carrying this login's state and nonce. */
    String authorizationUri(String state, String nonce);

    /**
     * Exchanges the one-time code for the identity and checks that it answers this login's nonce.
     *
     * @throws HandOffRefused when the code is refused or the nonce does not match
     */
    VerifiedIdentity redeem(String code, String expectedNonce);
}
