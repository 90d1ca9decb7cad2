package org.ameliwalkthrough.identifiers;

import java.util.List;

/**
 * The French tax number (numéro fiscal, SPI), 13 digits: first digit 0–3, the first 10 not all
 * zero, the last 3 equal to the first 10 mod 511. Printed {@code 30 23 217 600 053}.
 */
public final class NumeroFiscal extends StringIdentifier {

    public static final int LENGTH = 13;

    private NumeroFiscal(String value) {
        super(value);
    }

    /** Never throws; spaces (incl. U+00A0, U+202F) are ignored. */
    public static Checked<NumeroFiscal> check(String raw) {
        String compact = Normalizer.compact(raw, "");
        List<Problem> problems = Digits.problems("nif", compact, LENGTH);
        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        if (compact.charAt(0) > '3') {
            return Checked.invalid(Problem.of("nif.first-digit", compact.substring(0, 1)));
        }
        if (compact.startsWith("0000000000")) {
            return Checked.invalid(Problem.of("nif.zero"));
        }
        if (!compact.substring(10).equals(checkDigits(compact.substring(0, 10)))) {
            return Checked.invalid(Problem.of("nif.check", compact.substring(10)));
        }
        return Checked.valid(new NumeroFiscal(compact));
    }

    public static NumeroFiscal parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** The last 3 digits for the first 10: their value mod 511, zero-padded. */
    public static String checkDigits(String first10) {
        return String.format("%03d", Long.parseLong(first10) % 511);
    }

    @Override
    public String formatted() {
        return Digits.group(value, 2, 2, 3, 3, 3);
    }

    @Override
    public String masked() {
        return value.substring(0, 2) + " •• ••• ••• " + value.substring(10);
    }
}
