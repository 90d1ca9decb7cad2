package org.ameliwalkthrough.mailbox;

import java.io.Serializable;
import java.time.Instant;

/**
 * One e-mail in the practice inbox. {@code value} is the validation link's path or the login code:
 * both are part of the simulation and worthless outside it.
 */
public record MailMessage(Kind kind, Instant sentAt, String value) implements Serializable {

    public enum Kind {
        VALIDATION,
        LOGIN_CODE
    }

    public boolean isValidation() {
        return kind == Kind.VALIDATION;
    }
}
