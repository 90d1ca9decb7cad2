package org.ameliwalkthrough.identifiers;

/**
 * The French/Monaco RIB key: 97 − ((89·bank + 15·branch + 3·account) mod 97), letters in the account
 * read as digits (A–I→1–9, J–R→1–9, S–Z→2–9). The IBAN mod-97 check does not cover it, so a
 * mistyped RIB can carry valid IBAN check digits.
 */
public final class RibKey {

    private RibKey() {}

    /** Two digits, 01–97. Inputs: 5-digit bank, 5-digit branch, 11-character account. */
    public static String compute(String bank, String branch, String account) {
        long sum = 89 * toNumber(bank) + 15 * toNumber(branch) + 3 * toNumber(account);
        return String.format("%02d", 97 - sum % 97);
    }

    static long toNumber(String part) {
        long n = 0;
        for (int i = 0; i < part.length(); i++) {
            n = n * 10 + digitOf(part.charAt(i));
        }
        return n;
    }

    static int digitOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        throw new IllegalArgumentException("not a RIB character");
    }
}
