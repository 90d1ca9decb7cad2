package org.ameliwalkthrough.franceconnect;

import java.io.Serializable;
import org.ameliwalkthrough.identifiers.Nir;

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

    /** FranceConnect's {@code gender} claim for a sex, and back: the one place that maps them. */
    public static String gender(Nir.Sex sex) {
        return sex == Nir.Sex.FEMALE ? "female" : "male";
    }

    public Nir.Sex sex() {
        return "female".equals(gender) ? Nir.Sex.FEMALE : Nir.Sex.MALE;
    }

    @Override
    public String toString() {
        return "IdentityClaims[sub=" + sub + "]"; // never the identity itself in a log line
    }
}
