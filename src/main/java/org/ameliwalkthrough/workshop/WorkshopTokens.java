package org.ameliwalkthrough.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The join code (read aloud in a room), the board secret (never shown aloud) and ids. */
final class WorkshopTokens {

    /** No look-alikes: no B/8, G/6, I/1/L, O/0/Q, S/5, Z/2. */
    static final String CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679";

    static final int CODE_LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkshopTokens() {}

    static String joinCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** 128 random bits as 32 hex digits: the board's address. */
    static String boardSecret() {
        return hex(16);
    }

    static String id(int bytes) {
        return hex(bytes);
    }

    /** What the database keeps of the board secret: it cannot be turned back into the board's address. */
    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every Java platform has SHA-256
        }
    }

    /**
     * Whether a (normalised) code holds a letter or digit the alphabet leaves out: the learner misread a
     * look-alike on the board, which "no workshop with this code" would not tell them.
     */
    static boolean hasLookAlike(String code) {
        return code.chars()
                .anyMatch(c -> (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && CODE_ALPHABET.indexOf(c) < 0);
    }

    /** What a learner typed, as a code: spaces, dashes and case forgiven. */
    static String normalizeCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
