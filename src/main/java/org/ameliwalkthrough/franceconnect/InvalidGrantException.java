package org.ameliwalkthrough.franceconnect;

/** OAuth's {@code invalid_grant}, with the reason kept for tests and the teaching page. */
public class InvalidGrantException extends RuntimeException {

    public enum Reason {
        /** Never issued, forged, or already redeemed once. */
        UNKNOWN_OR_USED,
        EXPIRED,
        /** Issued to another client or another redirect URI. */
        MISMATCH
    }

    private final Reason reason;

    public InvalidGrantException(Reason reason) {
        super("invalid_grant: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
