package org.ameliwalkthrough.identifiers;

import java.util.List;
import java.util.Optional;
import org.iban4j.bban.BbanEntryType;
import org.iban4j.bban.BbanStructureEntry;

/**
 * An IBAN (ISO 13616) with a prefix from the SWIFT registry, its country's length and layout,
 * check digits 02–98 and mod 97 = 1; for France and Monaco also the RIB key. The practice route
 * needs a French (or Monaco) account: use {@link #checkFrenchOrMonaco(String)} there.
 */
public final class Iban extends StringIdentifier {

    /** Groups of 4 for the longest IBAN (34 characters); {@link Digits#group} stops where the value does. */
    private static final int[] FOURS = {4, 4, 4, 4, 4, 4, 4, 4, 4};

    private Iban(String value) {
        super(value);
    }

    /** Never throws; spaces (incl. U+00A0, U+202F), dots and dashes are ignored, letters upper-cased. */
    public static Checked<Iban> check(String raw) {
        return check(raw, false);
    }

    /** Like {@link #check(String)}, and an IBAN from elsewhere gets {@code iban.not-french}. */
    public static Checked<Iban> checkFrenchOrMonaco(String raw) {
        return check(raw, true);
    }

    public static Checked<Iban> check(String raw, boolean frenchOrMonacoOnly) {
        String compact = Normalizer.compact(raw, Normalizer.DOTS_AND_DASHES);
        List<Problem> problems = IbanRules.problems(compact, frenchOrMonacoOnly);
        return problems.isEmpty() ? Checked.valid(new Iban(compact)) : Checked.invalid(problems);
    }

    public static Iban parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** ISO 3166 country code, e.g. "FR". */
    public String country() {
        return value.substring(0, 2);
    }

    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** The national part after country and check digits (for France: the RIB, without spaces). */
    public String bban() {
        return value.substring(4);
    }

    public boolean isFrenchOrMonaco() {
        return IbanRegistry.RIB_COUNTRIES.contains(country());
    }

    /** Code banque (France: 5 digits). */
    public Optional<String> bank() {
        return part(BbanEntryType.bank_code);
    }

    /** Code guichet (France: 5 digits); empty where the country has no branch code. */
    public Optional<String> branch() {
        return part(BbanEntryType.branch_code);
    }

    /** Numéro de compte (France: 11 characters, may contain letters). */
    public Optional<String> account() {
        return part(BbanEntryType.account_number);
    }

    /** Clé RIB for France/Monaco (the national check digits elsewhere, where the country has them). */
    public Optional<String> ribKey() {
        return part(BbanEntryType.national_check_digit);
    }

    /** What the ameli route asks for: the last 5 characters of the account and the RIB key. */
    public String lastSeven() {
        return value.substring(value.length() - 7);
    }

    /** What the ameli route shows before the field the user fills in. */
    public String firstTwenty() {
        return value.substring(0, Math.min(20, value.length()));
    }

    private Optional<String> part(BbanEntryType type) {
        var structure = IbanRegistry.structure(country());
        if (structure.isEmpty()) {
            return Optional.empty(); // a registry country iban4j has no field layout for
        }
        int at = 4;
        for (BbanStructureEntry entry : structure.get().getEntries()) {
            if (entry.getEntryType() == type) {
                return Optional.of(value.substring(at, at + entry.getLength()));
            }
            at += entry.getLength();
        }
        return Optional.empty();
    }

    /** Groups of 4, as in the registry's print format: {@code FR76 3000 6000 0112 3456 7890 189}. */
    @Override
    public String formatted() {
        return groupsOfFour(value);
    }

    /** Everything but the last 4 characters hidden, in groups of 4. */
    @Override
    public String masked() {
        int hidden = value.length() - 4;
        return groupsOfFour("•".repeat(hidden) + value.substring(hidden));
    }

    private static String groupsOfFour(String s) {
        return Digits.group(s, FOURS);
    }
}
