package org.ameliwalkthrough.franceconnect;

/**
 * The back channel of the hand-off: a service exchanges a one-time code for the identity. Shaped
 * like OpenID Connect's token + userinfo calls, so a real client to FranceConnect's integration
 * environment can stand where the in-process one stands.
 */
public interface TokenEndpoint {

    /**
     * @throws InvalidGrantException when the code is unknown, already used, expired, or was issued
     *     to another client or redirect URI
     */
    IdentityClaims redeem(String clientId, String code, String redirectUri);
}
