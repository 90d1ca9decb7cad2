package org.ameliwalkthrough.identifiers;

import java.util.List;

/**
 * The carte Vitale serial number (not the NIR): printed next to the photo, or top-left / on the back
 * of cards without one. No checksum is published; the journey checks the digits against the
 * practice record instead.
 */
public final class CarteVitaleSerial extends StringIdentifier {

    /** Assumption: one source gives 11 digits; nothing official confirms it. Change it here only. */
    public static final int LENGTH = 11;

    private CarteVitaleSerial(String value) {
        super(value);
    }

    /** Never throws; spaces (incl. U+00A0, U+202F) are ignored. */
    public static Checked<CarteVitaleSerial> check(String raw) {
        String compact = Normalizer.compact(raw, "");
        List<Problem> problems = Digits.problems("serial", compact, LENGTH);
        return problems.isEmpty() ? Checked.valid(new CarteVitaleSerial(compact)) : Checked.invalid(problems);
    }

    public static CarteVitaleSerial parse(String raw) {
        return check(raw).orElseThrow();
    }

    @Override
    public String formatted() {
        return value;
    }

    @Override
    public String masked() {
        return "•".repeat(value.length() - 3) + value.substring(value.length() - 3);
    }
}
