package org.ameliwalkthrough.practice.account;

import java.io.Serial;
import java.io.Serializable;
import org.ameliwalkthrough.system.SessionKey;

/**
 * Where a practice login stands in this session: code sent, or logged in. Neither the code nor its
 * count is here: the code's hash and the wrong entries are the account's ({@link LoginCodes}).
 */
class PracticeLogin implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    static final SessionKey<PracticeLogin> KEY = SessionKey.of("practiceLogin", PracticeLogin.class);

    private boolean loggedIn;

    static PracticeLogin awaitingCode() {
        return new PracticeLogin();
    }

    static PracticeLogin loggedIn() {
        PracticeLogin login = new PracticeLogin();
        login.loggedIn = true;
        return login;
    }

    boolean isAwaitingCode() {
        return !loggedIn;
    }

    boolean isLoggedIn() {
        return loggedIn;
    }
}
