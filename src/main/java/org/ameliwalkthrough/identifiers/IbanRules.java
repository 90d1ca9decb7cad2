package org.ameliwalkthrough.identifiers;

import java.util.List;
import java.util.Optional;
import org.iban4j.bban.BbanStructure;
import org.iban4j.bban.BbanStructureEntry;

/**
 * The IBAN checks, most fundamental first; each stops at the first failing step, because a later
 * check means nothing once an earlier one fails (a wrong length makes any checksum wrong).
 */
final class IbanRules {

    private IbanRules() {}

    static List<Problem> problems(String iban, boolean frenchOrMonacoOnly) {
        if (iban.isEmpty()) {
            return List.of(Problem.of("iban.empty"));
        }
        Optional<Problem> bad = Digits.firstNotAllowed("iban", iban, IbanRules::isAlphanumeric);
        if (bad.isPresent()) {
            return List.of(bad.get());
        }
        if (iban.length() < 4
                || !Character.isLetter(iban.charAt(0))
                || !Character.isLetter(iban.charAt(1))
                || !Character.isDigit(iban.charAt(2))
                || !Character.isDigit(iban.charAt(3))) {
            return List.of(Problem.of("iban.start"));
        }
        String country = iban.substring(0, 2);
        if (IbanRegistry.FRENCH_TERRITORIES.contains(country)) {
            return List.of(Problem.of("iban.french-territory", country));
        }
        if (!IbanRegistry.isKnown(country)) {
            return List.of(Problem.of("iban.country", country));
        }
        if (frenchOrMonacoOnly && !IbanRegistry.RIB_COUNTRIES.contains(country)) {
            return List.of(Problem.of("iban.not-french", country));
        }
        int expected = IbanRegistry.length(country);
        if (iban.length() != expected) {
            return List.of(Problem.of("iban.length", iban.length(), expected, country));
        }
        Optional<BbanStructure> structure = IbanRegistry.structure(country);
        Optional<Problem> layout = structure.isPresent()
                ? layoutProblem(iban, structure.get(), country)
                : IbanRegistry.fallback(country)
                        .filter(v -> !v.getRegexValidator().isValid(iban))
                        .map(v -> Problem.of("iban.layout", country));
        if (layout.isPresent()) {
            return List.of(layout.get());
        }
        String checkDigits = iban.substring(2, 4);
        int cd = Integer.parseInt(checkDigits);
        if (cd < 2 || cd > 98) {
            return List.of(Problem.of("iban.check-digits", checkDigits));
        }
        if (mod97(iban) != 1) {
            return List.of(Problem.of("iban.checksum"));
        }
        if (IbanRegistry.RIB_COUNTRIES.contains(country)) {
            String bban = iban.substring(4);
            String key = bban.substring(21, 23);
            if (!key.equals(RibKey.compute(bban.substring(0, 5), bban.substring(5, 10), bban.substring(10, 21)))) {
                return List.of(Problem.of("iban.rib-key", key));
            }
        }
        return List.of();
    }

    private static boolean isAlphanumeric(int cp) {
        return (cp >= 'A' && cp <= 'Z') || Normalizer.isAsciiDigit(cp);
    }

    /** Each BBAN position against the registry: digits only (n), letters only (a), or either (c). */
    private static Optional<Problem> layoutProblem(String iban, BbanStructure structure, String country) {
        int at = 4;
        for (BbanStructureEntry entry : structure.getEntries()) {
            for (int i = 0; i < entry.getLength(); i++, at++) {
                char c = iban.charAt(at);
                boolean fits = switch (entry.getCharacterType()) {
                    case n -> Character.isDigit(c);
                    case a -> Character.isLetter(c);
                    case c -> true;
                };
                if (!fits) {
                    String code = Character.isDigit(c) ? "iban.structure-letter" : "iban.structure-digit";
                    return Optional.of(Problem.of(code, String.valueOf(c), at + 1, country));
                }
            }
        }
        return Optional.empty();
    }

    /** ISO 13616 / ISO 7064 mod 97-10 on the rearranged number, letters as 10–35. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int v = Character.digit(rearranged.charAt(i), 36);
            mod = v < 10 ? (mod * 10 + v) % 97 : (mod * 100 + v) % 97;
        }
        return mod;
    }
}
