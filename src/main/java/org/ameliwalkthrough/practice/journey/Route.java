package org.ameliwalkthrough.practice.journey;

/**
 * The ways a sign-up can go once the records have answered. Route 1 checks the bank details and
 * carte Vitale ameli has on file; FranceConnect proves the identity through another service; a
 * stop is not an account at all (the person belongs to another scheme) and only explains where to
 * go instead. Which steps each route asks is said by the steps themselves, in the definition.
 */
public enum Route {
    CARTE_VITALE,
    FRANCECONNECT,
    /** Not Assurance Maladie's member (MSA, another scheme): explained, never an ameli account. */
    OTHER_SCHEME;

    /** A stop leads to no account: its person sees route 1's numbering until ameli says no. */
    public boolean isStop() {
        return this == OTHER_SCHEME;
    }

    /** The route whose steps the stepper counts while this one applies. */
    public Route numberedAs() {
        return isStop() ? CARTE_VITALE : this;
    }
}
