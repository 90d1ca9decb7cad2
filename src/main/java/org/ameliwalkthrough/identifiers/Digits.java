package org.ameliwalkthrough.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Digit grouping for display, and the character and length checks the all-digit identifiers share. */
public final class Digits {

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

    /**
     * The first checks of the all-digit kinds (serial, postcode, numéro fiscal) on the compacted
     * input: {@code <kind>.empty} alone, or else a {@code <kind>.character} problem for the first
     * non-digit and a {@code <kind>.length} one (typed and expected counts), each where it applies.
     */
    static List<Problem> problems(String kind, String compact, int expectedLength) {
        if (compact.isEmpty()) {
            return List.of(Problem.of(kind + ".empty"));
        }
        List<Problem> problems = new ArrayList<>(2);
        firstNotAllowed(kind, compact, Normalizer::isAsciiDigit).ifPresent(problems::add);
        int typed = Normalizer.length(compact);
        if (typed != expectedLength) {
            problems.add(Problem.of(kind + ".length", typed, expectedLength));
        }
        return problems;
    }

    /**
     * Splits a value into printed groups of the given sizes, stopping when the value runs out (the
     * last group may be short): {@code group("288049913204730", 1, 2, 2, 2, 3, 3, 2)} → "2 88 04 99
     * 132 047 30". Characters beyond the sizes are left out.
     */
    public static String group(String value, int... sizes) {
        StringBuilder out = new StringBuilder(value.length() + sizes.length);
        int at = 0;
        for (int size : sizes) {
            if (at >= value.length()) {
                break;
            }
            if (at > 0) {
                out.append(' ');
            }
            out.append(value, at, Math.min(value.length(), at + size));
            at += size;
        }
        return out.toString();
    }
}
