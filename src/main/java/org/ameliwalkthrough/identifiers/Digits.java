package org.ameliwalkthrough.identifiers;

import java.util.Optional;
import java.util.function.IntPredicate;

/** Shared character and length checks for the all-digit identifiers. */
final class Digits {

    private Digits() {}

    /** The first code point that fails {@code allowed}, as a {@code <kind>.character} problem. */
    static Optional<Problem> firstNotAllowed(String kind, String compact, IntPredicate allowed) {
        int[] cps = compact.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (!allowed.test(cps[i])) {
                return Optional.of(Problem.of(kind + ".character", Normalizer.describe(cps[i]), i + 1));
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> firstNonDigit(String kind, String compact) {
        return firstNotAllowed(kind, compact, Normalizer::isAsciiDigit);
    }

    /** A {@code <kind>.length} problem with the typed and expected counts, if they differ. */
    static Optional<Problem> length(String kind, String compact, int expected) {
        int typed = Normalizer.length(compact);
        return typed == expected ? Optional.empty() : Optional.of(Problem.of(kind + ".length", typed, expected));
    }

    /** Groups for display: {@code group("3023217600053", 2, 2, 3, 3, 3)} → "30 23 217 600 053". */
    static String group(String value, int... sizes) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                out.append(' ');
            }
            out.append(value, at, at + size);
            at += size;
        }
        return out.toString();
    }
}
