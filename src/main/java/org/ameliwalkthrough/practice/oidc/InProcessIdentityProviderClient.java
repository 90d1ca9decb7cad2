package org.ameliwalkthrough.practice.oidc;

import org.ameliwalkthrough.franceconnect.IdentityClaims;
import org.ameliwalkthrough.franceconnect.InvalidGrantException;
import org.ameliwalkthrough.franceconnect.TokenEndpoint;
import org.ameliwalkthrough.practice.journey.JourneyPaths;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The client for the practice FranceConnect running in this same application. */
@Component
class InProcessIdentityProviderClient implements IdentityProviderClient {

    static final String CLIENT_ID = "ameli-practice";
    static final String REDIRECT_URI = JourneyPaths.FRANCECONNECT_CALLBACK;
    static final String AUTHORIZE = "/practice-franceconnect/authorize";

    private final TokenEndpoint tokens;

    InProcessIdentityProviderClient(TokenEndpoint tokens) {
        this.tokens = tokens;
    }

    @Override
    public String authorizationUri(String state, String nonce) {
        return UriComponentsBuilder.fromPath(AUTHORIZE)
                .queryParam("response_type", "code")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("redirect_uri", REDIRECT_URI)
                .queryParam("scope", "openid identite_pivot")
                .queryParam("acr_values", "eidas1")
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .encode()
                .build()
                .toUriString();
    }

    @Override
    public VerifiedIdentity redeem(String code, String expectedNonce) {
        IdentityClaims claims;
        try {
            claims = tokens.redeem(CLIENT_ID, code, REDIRECT_URI);
        } catch (InvalidGrantException refused) {
            throw new HandOffRefused(
                    refused.reason() == InvalidGrantException.Reason.EXPIRED
                            ? HandOffRefused.Reason.EXPIRED_CODE
                            : HandOffRefused.Reason.INVALID_CODE);
        }
        if (expectedNonce == null || !expectedNonce.equals(claims.nonce())) {
            throw new HandOffRefused(HandOffRefused.Reason.WRONG_NONCE);
        }
        return new VerifiedIdentity(
                claims.sub(),
                claims.givenName(),
                claims.familyName(),
                claims.sex(),
                claims.birthdate(),
                claims.birthplace(),
                claims.birthcountry());
    }
}
