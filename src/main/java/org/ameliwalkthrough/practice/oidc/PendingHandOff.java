package org.ameliwalkthrough.practice.oidc;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import org.ameliwalkthrough.system.SessionKey;

/**
 * The state and nonce of the login ameli started, kept in ameli's session until the answer comes
 * back (taken out on the first answer: a state is good for one callback only). Each is 32 random
 * bytes, URL-safe: 43 characters, more than FranceConnect's 22.
 */
record PendingHandOff(String state, String nonce) implements Serializable {

    static final SessionKey<PendingHandOff> KEY = SessionKey.of("practice.franceconnect.pending", PendingHandOff.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingHandOff fresh() {
        return new PendingHandOff(random(), random());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PendingHandOff[…]";
    }
}
