package org.ameliwalkthrough.franceconnect;

import java.io.Serializable;

/**
 * What the token endpoint hands back: FranceConnect's "identité pivot" claims, in its formats
 * ({@code gender} male/female, {@code birthdate} YYYY-MM-DD, INSEE COG codes, {@code birthplace}
 * empty for people born abroad), plus the {@code nonce} the service sent, for it to compare.
 */
public record IdentityClaims(
        String sub,
        String givenName,
        String familyName,
        String preferredUsername,
        String gender,
        String birthdate,
        String birthplace,
        String birthcountry,
        String nonce)
        implements Serializable {

    @Override
    public String toString() {
        return "IdentityClaims[sub=" + sub + "]"; // never the identity itself in a log line
    }
}
