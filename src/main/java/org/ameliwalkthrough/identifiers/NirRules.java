package org.ameliwalkthrough.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The NIR checks, in the order a person can act on them: characters and length first, then the
 * meaning of each part, then the key (a wrong key is only reported when every part makes sense,
 * because a mistyped part is the usual cause of a wrong key).
 */
final class NirRules {

    /** Sex digits of a permanent number, male first. */
    static final String PERMANENT_SEX_DIGITS = "12";
    /** Sex digits of a temporary number (NIA, numéro d'inscription d'attente), male first. */
    static final String TEMPORARY_SEX_DIGITS = "78";

    private NirRules() {}

    static boolean isTemporarySexDigit(int c) {
        return TEMPORARY_SEX_DIGITS.indexOf(c) >= 0;
    }

    /** 1 and 7 are men, 2 and 8 women. Only called on a number these rules accepted. */
    static Nir.Sex sex(char digit) {
        return PERMANENT_SEX_DIGITS.indexOf(digit) == 0 || TEMPORARY_SEX_DIGITS.indexOf(digit) == 0
                ? Nir.Sex.MALE
                : Nir.Sex.FEMALE;
    }

    /**
     * What is wrong with a compacted number; {@code temporaryAllowed} for numbers as held in the
     * records, where a temporary number is a fact, not a typing mistake.
     */
    static List<Problem> problems(String compact, boolean temporaryAllowed) {
        List<Problem> problems = new ArrayList<>();
        int[] cps = compact.codePoints().toArray();
        if (cps.length == 0) {
            return List.of(Problem.of("nir.empty"));
        }
        characterProblem(cps).ifPresent(problems::add);
        if (cps.length != Nir.LENGTH_WITHOUT_KEY && cps.length != Nir.LENGTH_WITH_KEY) {
            problems.add(Problem.of("nir.length", cps.length, Nir.LENGTH_WITHOUT_KEY, Nir.LENGTH_WITH_KEY));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        char sex = compact.charAt(0);
        if (isTemporarySexDigit(sex)) {
            if (!temporaryAllowed) {
                problems.add(Problem.of("nir.temporary", String.valueOf(sex)));
            }
        } else if (PERMANENT_SEX_DIGITS.indexOf(sex) < 0) {
            problems.add(Problem.of("nir.sex", String.valueOf(sex)));
        }
        int month = Integer.parseInt(compact.substring(3, 5));
        if (!isMonth(month)) {
            problems.add(Problem.of("nir.month", compact.substring(3, 5)));
        }
        if (problems.isEmpty() && compact.length() == Nir.LENGTH_WITH_KEY) {
            keyProblems(compact, problems);
        }
        return problems;
    }

    /** 01–12, or 20–99: INSEE's special values when the civil record lacks the month. */
    static boolean isMonth(int month) {
        return (month >= 1 && month <= 12) || (month >= 20 && month <= 99);
    }

    private static Optional<Problem> characterProblem(int[] cps) {
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Normalizer.isAsciiDigit(cp) || isCorsicaLetter(cps, i)) {
                continue;
            }
            if ((i == 5 || i == 6) && Character.isLetter(cp)) {
                String pair = new String(cps, 5, Math.min(2, cps.length - 5));
                return Optional.of(Problem.of("nir.corsica", pair));
            }
            return Optional.of(Problem.of("nir.character", Normalizer.describe(cp), i + 1));
        }
        return Optional.empty();
    }

    private static boolean isCorsicaLetter(int[] cps, int i) {
        return i == 6 && (cps[i] == 'A' || cps[i] == 'B') && cps[5] == '2';
    }

    private static void keyProblems(String nir, List<Problem> problems) {
        String typed = nir.substring(13);
        String body = nir.substring(0, 13);
        if (typed.equals(key(body))) {
            return;
        }
        problems.add(Problem.of("nir.key", typed));
        // Born in Corsica since 1976 but typed the old code 20: suggest 2A or 2B if that fits the key.
        if (body.startsWith("20", 5)) {
            for (String corsica : new String[] {"2A", "2B"}) {
                String candidate = body.substring(0, 5) + corsica + body.substring(7);
                if (typed.equals(key(candidate))) {
                    problems.add(Problem.of("nir.corsica-20", corsica));
                }
            }
        }
    }

    /** Key = 97 − (first 13 mod 97), 01–97; INSEE replaces 2A by 19 and 2B by 18 first. */
    static String key(String body13) {
        String digits = body13.replace("2A", "19").replace("2B", "18");
        long mod = Long.parseLong(digits) % 97;
        return String.format("%02d", 97 - mod);
    }
}
