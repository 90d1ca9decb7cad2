package org.ameliwalkthrough.identifiers;

import java.util.List;

/**
 * A French postcode: 5 digits, leading zero kept (a string, never an int). The first two digits are
 * a département (01–95), or 97/98 overseas (971–976, 98x); 00, 96 and 99 are not used. Corsica's
 * postcodes start with 20, never 2A/2B.
 */
public final class Postcode extends StringIdentifier {

    public static final int LENGTH = 5;

    private Postcode(String value) {
        super(value);
    }

    /** Never throws; spaces (incl. U+00A0, U+202F) are ignored. */
    public static Checked<Postcode> check(String raw) {
        String compact = Normalizer.compact(raw, "");
        // Before the digit checks, so 2A/2B gets its own reason rather than "A is not a digit".
        if (compact.startsWith("2A") || compact.startsWith("2B")) {
            return Checked.invalid(Problem.of("postcode.corsica", compact.substring(0, 2)));
        }
        List<Problem> problems = Digits.problems("postcode", compact, LENGTH);
        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        int department = Integer.parseInt(compact.substring(0, 2));
        if (department == 0 || department == 96 || department == 99) {
            return Checked.invalid(Problem.of("postcode.department", compact.substring(0, 2)));
        }
        if (department == 97 && (compact.charAt(2) < '1' || compact.charAt(2) > '6')) {
            return Checked.invalid(Problem.of("postcode.overseas", compact.substring(0, 3)));
        }
        return Checked.valid(new Postcode(compact));
    }

    public static Postcode parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** "75", "20" (Corsica), or the 3-digit overseas code ("971", "988"). */
    public String department() {
        return isOverseas() ? value.substring(0, 3) : value.substring(0, 2);
    }

    public boolean isCorsica() {
        return value.startsWith("20");
    }

    /** 97x overseas départements and collectivities, 98x Monaco and the Pacific. */
    public boolean isOverseas() {
        return value.startsWith("97") || value.startsWith("98");
    }

    @Override
    public String formatted() {
        return value;
    }

    /** A postcode is not secret; it is shown whole. */
    @Override
    public String masked() {
        return value;
    }
}
