package org.ameliwalkthrough.practice.oidc;

import org.ameliwalkthrough.identifiers.Nir;

/** The identity FranceConnect vouched for, once the code is redeemed and the nonce checked. */
public record VerifiedIdentity(
        String sub,
        String givenName,
        String familyName,
        Nir.Sex sex,
        String birthdate,
        String birthplace,
        String birthcountry) {

    @Override
    public String toString() {
        return "VerifiedIdentity[sub=" + sub + "]";
    }
}
