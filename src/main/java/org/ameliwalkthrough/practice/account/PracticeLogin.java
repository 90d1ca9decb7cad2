package org.ameliwalkthrough.practice.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import org.ameliwalkthrough.system.SessionKey;

/** Where a practice login stands: code sent, attempts used, logged in. Kept in the session. */
class PracticeLogin implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final SessionKey<PracticeLogin> KEY = SessionKey.of("practiceLogin", PracticeLogin.class);

    static final int MAX_CODE_ATTEMPTS = 3;

    private String code;
    private Instant codeSentAt;
    private int wrongCodes;
    private boolean loggedIn;

    void codeSent(String code, Instant at) {
        this.code = code;
        this.codeSentAt = at;
        this.wrongCodes = 0;
        this.loggedIn = false;
    }

    boolean awaitingCode() {
        return code != null;
    }

    Instant codeSentAt() {
        return codeSentAt;
    }

    /** True when the code matches; a wrong one counts towards the limit. */
    boolean tryCode(String typed) {
        if (code != null && code.equals(typed)) {
            code = null;
            loggedIn = true;
            return true;
        }
        wrongCodes++;
        return false;
    }

    boolean tooManyWrongCodes() {
        return wrongCodes >= MAX_CODE_ATTEMPTS;
    }

    int attemptsLeft() {
        return MAX_CODE_ATTEMPTS - wrongCodes;
    }

    boolean loggedIn() {
        return loggedIn;
    }
}
