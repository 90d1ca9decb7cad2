package org.ameliwalkthrough.practice.oidc;

/** The identity FranceConnect vouched for, once the code is redeemed and the nonce checked. */
public record VerifiedIdentity(
        String sub,
        String givenName,
        String familyName,
        String gender,
        String birthdate,
        String birthplace,
        String birthcountry) {

    @Override
    public String toString() {
        return "VerifiedIdentity[sub=" + sub + "]";
    }
}
