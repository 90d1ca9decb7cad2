package org.ameliwalkthrough.identifiers;

import java.util.Locale;

/**
 * How a typed name is compared with a recorded one: only the letters count, without case or
 * accents, so spaces, hyphens and apostrophes (straight or curly) make no difference: "Le
 * Brun-Noël" = "LEBRUNNOEL", "d’Artagnan" = "DARTAGNAN", "Cœur" = "COEUR". Full-width letters
 * count as their plain forms.
 */
public final class PersonNames {

    private PersonNames() {}

    /** False when either name is null or has no letter at all: nothing typed matches nothing. */
    public static boolean same(String typed, String recorded) {
        if (typed == null || recorded == null) {
            return false;
        }
        String key = key(typed);
        return !key.isEmpty() && key.equals(key(recorded));
    }

    /** True when the typed name is {@link #same} as one of the recorded ones (nulls among them are skipped). */
    public static boolean sameAny(String typed, String... recorded) {
        if (recorded == null) {
            return false;
        }
        for (String name : recorded) {
            if (same(typed, name)) {
                return true;
            }
        }
        return false;
    }

    /** Letters only, accents removed, upper case, Œ and Æ spelt out. */
    static String key(String name) {
        String decomposed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString().toUpperCase(Locale.ROOT).replace("Œ", "OE").replace("Æ", "AE");
    }
}
