package org.ameliwalkthrough.identifiers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A password that meets ameli's rules (since June 2020): a lower-case letter, an upper-case letter,
 * a digit or a special character, and only letters A–Z, digits and the specials ameli's kiosks can
 * type. Length 8–50 is our assumption (ameli publishes no maximum). Never normalised: what was
 * typed is the password. Never printed: {@code toString()} shows dots only.
 */
public final class AmeliPassword {

    /** Assumption: the old numeric codes were 8–13 digits. */
    public static final int MIN_LENGTH = 8;
    /** Assumption: ameli publishes no maximum. */
    public static final int MAX_LENGTH = 50;
    /** The only special characters ameli accepts. */
    public static final String SPECIALS = "?!$€£@&(-+_)=*%/<>,.;";

    /** The criteria a page lists before the field and ticks off as they are met. */
    public enum Criterion {
        LENGTH("length"),
        LOWERCASE("lowercase"),
        UPPERCASE("uppercase"),
        DIGIT_OR_SPECIAL("digit-or-special"),
        ALLOWED_CHARACTERS("allowed-characters");

        private final String slug;

        Criterion(String slug) {
            this.slug = slug;
        }

        /** The label for the checklist, e.g. {@code identifier.password.criterion.length}. */
        public String messageKey() {
            return "identifier.password.criterion." + slug;
        }

        /** Arguments for the label: the limits for LENGTH, the allowed specials where they matter. */
        public List<Object> messageArgs() {
            return switch (this) {
                case LENGTH -> List.of(MIN_LENGTH, MAX_LENGTH);
                case DIGIT_OR_SPECIAL, ALLOWED_CHARACTERS -> List.of(SPECIALS);
                default -> List.of();
            };
        }
    }

    public record CriterionResult(Criterion criterion, boolean met) {}

    private final String value;

    private AmeliPassword(String value) {
        this.value = value;
    }

    public static Checked<AmeliPassword> check(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Checked.invalid(Problem.of("password.empty"));
        }
        List<Problem> problems = new ArrayList<>();
        for (CriterionResult result : criteria(raw)) {
            if (!result.met()) {
                problems.add(problemFor(result.criterion(), raw));
            }
        }
        return problems.isEmpty() ? Checked.valid(new AmeliPassword(raw)) : Checked.invalid(problems);
    }

    public static AmeliPassword parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** Each criterion, met or not, in display order. A null password meets none. */
    public static List<CriterionResult> criteria(String raw) {
        String s = raw == null ? "" : raw;
        int length = Normalizer.length(s);
        return List.of(
                new CriterionResult(Criterion.LENGTH, length >= MIN_LENGTH && length <= MAX_LENGTH),
                new CriterionResult(Criterion.LOWERCASE, s.chars().anyMatch(c -> c >= 'a' && c <= 'z')),
                new CriterionResult(Criterion.UPPERCASE, s.chars().anyMatch(c -> c >= 'A' && c <= 'Z')),
                new CriterionResult(
                        Criterion.DIGIT_OR_SPECIAL,
                        s.chars().anyMatch(c -> Normalizer.isAsciiDigit(c) || SPECIALS.indexOf(c) >= 0)),
                new CriterionResult(Criterion.ALLOWED_CHARACTERS, notAllowed(s).isEmpty()));
    }

    private static Problem problemFor(Criterion criterion, String raw) {
        return switch (criterion) {
            case LENGTH -> Problem.of("password.length", Normalizer.length(raw), MIN_LENGTH, MAX_LENGTH);
            case LOWERCASE -> Problem.of("password.lowercase");
            case UPPERCASE -> Problem.of("password.uppercase");
            case DIGIT_OR_SPECIAL -> Problem.of("password.digit-or-special", SPECIALS);
            case ALLOWED_CHARACTERS -> Problem.of("password.character", String.join(" ", notAllowed(raw)), SPECIALS);
        };
    }

    /** The distinct characters that are not allowed, as shown in messages (max 5). */
    private static Set<String> notAllowed(String s) {
        Set<String> bad = new LinkedHashSet<>();
        s.codePoints().filter(cp -> !isAllowed(cp)).limit(200).forEach(cp -> bad.add(Normalizer.describe(cp)));
        return bad.size() <= 5
                ? bad
                : new LinkedHashSet<>(Arrays.asList(bad.toArray(String[]::new)).subList(0, 5));
    }

    private static boolean isAllowed(int cp) {
        return (cp >= 'a' && cp <= 'z')
                || (cp >= 'A' && cp <= 'Z')
                || Normalizer.isAsciiDigit(cp)
                || (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && SPECIALS.indexOf(cp) >= 0);
    }

    /** The password itself, for the practice account to hash. Do not log or display it. */
    public String secret() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AmeliPassword p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AmeliPassword[••••••••]";
    }
}
