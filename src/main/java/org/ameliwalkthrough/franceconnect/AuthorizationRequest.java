package org.ameliwalkthrough.franceconnect;

import java.io.Serializable;

/** A validated {@code /authorize} request: which service asked, where to send the answer, and its state and nonce. */
public record AuthorizationRequest(String clientId, String redirectUri, String state, String nonce)
        implements Serializable {

    /** FranceConnect's rule for the nonce (and ours for the state): at least 22 characters. */
    public static final int MIN_RANDOM_LENGTH = 22;
}
