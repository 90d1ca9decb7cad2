package org.ameliwalkthrough.identifiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A NIR (numéro de sécurité sociale), {@code S YY MM PP CCC OOO KK}. Accepts the 13-character form
 * the ameli form asks for (the key is then computed) and the 15-character form printed on the carte
 * Vitale (the key must match). What people type goes through {@link #check}, which refuses temporary
 * numbers (NIA, sex digit 7 or 8) with their own reason: an ameli account needs the permanent
 * number. Numbers as held in the records go through {@link #checkRecorded}, which accepts them.
 */
public final class Nir extends StringIdentifier {

    public static final int LENGTH_WITHOUT_KEY = 13;
    public static final int LENGTH_WITH_KEY = 15;

    public enum Sex {
        MALE,
        FEMALE
    }

    private final boolean keyTyped;

    private Nir(String value, boolean keyTyped) {
        super(value);
        this.keyTyped = keyTyped;
    }

    /** Never throws; spaces (incl. U+00A0, U+202F), dots and dashes are ignored; temporary numbers refused. */
    public static Checked<Nir> check(String raw) {
        return check(raw, false);
    }

    public static Nir parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** A number as held in the practice records: the same rules, but a temporary number is accepted. */
    public static Checked<Nir> checkRecorded(String raw) {
        return check(raw, true);
    }

    public static Nir parseRecorded(String raw) {
        return checkRecorded(raw).orElseThrow();
    }

    /** True when the number, once cleaned, starts with a temporary number's sex digit (7 or 8), valid or not. */
    public static boolean looksTemporary(String raw) {
        String compact = Normalizer.compact(raw);
        return !compact.isEmpty() && NirRules.isTemporarySexDigit(compact.charAt(0));
    }

    private static Checked<Nir> check(String raw, boolean temporaryAllowed) {
        String compact = Normalizer.compact(raw);
        List<Problem> problems = NirRules.problems(compact, temporaryAllowed);
        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        boolean typed = compact.length() == LENGTH_WITH_KEY;
        String full = typed ? compact : compact + NirRules.key(compact);
        return Checked.valid(new Nir(full, typed));
    }

    /** The key for the first 13 characters (2A/2B allowed), for generators and the guide. */
    public static String computeKey(String first13) {
        return NirRules.key(first13);
    }

    /** 1 or 7 (temporary) for men, 2 or 8 (temporary) for women. */
    public Sex sex() {
        return NirRules.sex(value.charAt(0));
    }

    /** A temporary number (NIA), only ever from {@link #checkRecorded}. */
    public boolean isTemporary() {
        return NirRules.isTemporarySexDigit(value.charAt(0));
    }

    /** The last two digits of the year of birth. */
    public String year() {
        return value.substring(1, 3);
    }

    /** The month code as printed: 01–12, or 20–99 when the civil record lacks the month. */
    public String monthCode() {
        return value.substring(3, 5);
    }

    /** The month of birth, empty when the number carries a special value instead. */
    public OptionalInt month() {
        int month = Integer.parseInt(monthCode());
        return month <= 12 ? OptionalInt.of(month) : OptionalInt.empty();
    }

    /** Département of birth ("75", "2A", "971"), or "99" for people born abroad. */
    public String place() {
        return isOverseas() ? value.substring(5, 8) : value.substring(5, 7);
    }

    /** INSEE commune code within the département; empty when born abroad. */
    public Optional<String> commune() {
        if (isBornAbroad()) {
            return Optional.empty();
        }
        return Optional.of(isOverseas() ? value.substring(8, 10) : value.substring(7, 10));
    }

    /** INSEE country code of birth (e.g. "350" for Morocco) when born abroad. */
    public Optional<String> country() {
        return isBornAbroad() ? Optional.of(value.substring(7, 10)) : Optional.empty();
    }

    public String order() {
        return value.substring(10, 13);
    }

    public String key() {
        return value.substring(13);
    }

    /** False when the 13-character form was typed and the key was computed. */
    public boolean keyWasTyped() {
        return keyTyped;
    }

    /** 2A, 2B, or the pre-1976 code 20. */
    public boolean isCorsica() {
        String p = value.substring(5, 7);
        return p.equals("2A") || p.equals("2B") || p.equals("20");
    }

    public boolean isBornAbroad() {
        return value.startsWith("99", 5);
    }

    /** Overseas départements and collectivities (97x, 98x). */
    public boolean isOverseas() {
        return value.startsWith("97", 5) || value.startsWith("98", 5);
    }

    /** The 13 characters the ameli form asks for (no key). */
    public String withoutKey() {
        return value.substring(0, LENGTH_WITHOUT_KEY);
    }

    /**
     * The journey's cross-check: year, and month unless it is a special value. Each disagreeing
     * part gives its own problem, so the message can say which one.
     */
    public List<Problem> compareWithBirthDate(LocalDate birthDate) {
        List<Problem> problems = new ArrayList<>();
        String expectedYear = String.format("%02d", birthDate.getYear() % 100);
        if (!year().equals(expectedYear)) {
            problems.add(Problem.of("nir.birth-year", year(), expectedYear));
        }
        String expectedMonth = String.format("%02d", birthDate.getMonthValue());
        if (month().isPresent() && !monthCode().equals(expectedMonth)) {
            problems.add(Problem.of("nir.birth-month", monthCode(), expectedMonth));
        }
        return problems;
    }

    @Override
    public String formatted() {
        return Digits.group(value, 1, 2, 2, 2, 3, 3, 2);
    }

    @Override
    public String masked() {
        return String.join(" ", value.substring(0, 1), year(), monthCode(), "••", "•••", "•••", key());
    }
}
