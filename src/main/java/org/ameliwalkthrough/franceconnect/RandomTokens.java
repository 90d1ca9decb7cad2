package org.ameliwalkthrough.franceconnect;

import java.security.SecureRandom;
import java.util.Base64;

/** 32 random bytes, URL-safe Base64 without padding: 43 characters, unguessable. */
final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
