package org.ameliwalkthrough.practice.oidc;

/** The hand-off cannot be trusted; the reason picks the explanation shown to the user. */
public class HandOffRefused extends RuntimeException {

    public enum Reason {
        /** No login was started here, or the state that came back is not the one sent. */
        WRONG_STATE,
        /** The code was already used, never issued (forged), or issued to someone else. */
        INVALID_CODE,
        EXPIRED_CODE,
        /** The identity came back for another login than this one. */
        WRONG_NONCE
    }

    private final Reason reason;

    public HandOffRefused(Reason reason) {
        super("FranceConnect hand-off refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
