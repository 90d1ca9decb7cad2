package org.ameliwalkthrough.mailbox;

import java.io.Serializable;
import java.time.Instant;

/**
 * One e-mail in the practice inbox. {@code value} is the link's path or the login code: in clear
 * when handed to {@link MailboxStore#deliver} or read back from {@link MailboxStore#get} (null when
 * it can no longer be opened), sealed by {@link MailSeal} while it sits in the session.
 */
public record MailMessage(Kind kind, Instant sentAt, String value) implements Serializable {

    public enum Kind {
        VALIDATION,
        LOGIN_CODE,
        PASSWORD_RESET
    }

    public boolean isValidation() {
        return kind == Kind.VALIDATION;
    }

    public boolean isLoginCode() {
        return kind == Kind.LOGIN_CODE;
    }

    public boolean isPasswordReset() {
        return kind == Kind.PASSWORD_RESET;
    }

    MailMessage withValue(String other) {
        return new MailMessage(kind, sentAt, other);
    }

    @Override
    public String toString() {
        return "MailMessage[" + kind + ", " + sentAt + "]"; // never the value
    }
}
