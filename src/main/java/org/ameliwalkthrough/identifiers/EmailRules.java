package org.ameliwalkthrough.identifiers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Our e-mail rules, stricter than Hibernate's {@code @Email} (which accepts {@code name@host} and
 * {@code _} in domains): a dot-atom or quoted local part of at most 64 octets, host labels of letters,
 * digits and inner hyphens, an alphabetic top-level domain, no IP literal, no full-width look-alikes,
 * no U+00A0. commons-validator has the last word (its list of real top-level domains).
 */
final class EmailRules {

    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_OCTETS = 64;
    private static final String ATEXT = "!#$%&'*+-/=?^_`{|}~";
    private static final EmailValidator COMMONS = EmailValidator.getInstance(false, false);

    private EmailRules() {}

    static Optional<Problem> problem(String s) {
        if (s.isEmpty()) {
            return Optional.of(Problem.of("email.empty"));
        }
        if (Normalizer.length(s) > MAX_LENGTH) {
            return Optional.of(Problem.of("email.length", Normalizer.length(s), MAX_LENGTH));
        }
        int at = atSign(s);
        if (at < 0) {
            long count = s.chars().filter(c -> c == '@').count();
            if (count == 1) { // the @ is there, but an unclosed or misplaced quote hides it
                return Optional.of(Problem.of("email.quotes"));
            }
            return Optional.of(count == 0 ? Problem.of("email.no-at") : Problem.of("email.several-at", count));
        }
        Optional<Problem> chars = characters(s, s.startsWith("\"") ? at : 0);
        if (chars.isPresent()) {
            return chars;
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        if (local.isEmpty()) {
            return Optional.of(Problem.of("email.local-empty"));
        }
        if (domain.isEmpty()) {
            return Optional.of(Problem.of("email.domain-empty"));
        }
        int octets = local.getBytes(StandardCharsets.UTF_8).length;
        if (octets > MAX_LOCAL_OCTETS) {
            return Optional.of(Problem.of("email.local-length", octets, MAX_LOCAL_OCTETS));
        }
        Optional<Problem> localProblem = local.startsWith("\"") ? Optional.empty() : dotAtom(local);
        return localProblem.isPresent() ? localProblem : domain(local, domain.toLowerCase(Locale.ROOT));
    }

    /** The @ that separates local part and domain, or −1 when there is not exactly one. */
    private static int atSign(String s) {
        int from = 0;
        if (s.startsWith("\"")) {
            int close = closingQuote(s);
            if (close < 0) {
                return -1;
            }
            from = close + 1;
        }
        int at = s.indexOf('@', from);
        return at >= 0 && s.indexOf('@', at + 1) < 0 && (from == 0 || at == from) ? at : -1;
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Invisible, control and full-width characters anywhere (a space only inside quotes). */
    private static Optional<Problem> characters(String s, int quotedEnd) {
        int[] cps = s.codePoints().toArray();
        int offset = 0;
        for (int i = 0; i < cps.length; offset += Character.charCount(cps[i]), i++) {
            int cp = cps[i];
            boolean quotedSpace = cp == ' ' && offset < quotedEnd;
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                return Optional.of(Problem.of("email.full-width", Normalizer.describe(cp), i + 1));
            }
            if (!quotedSpace && (Normalizer.isBlankish(cp) || Character.isISOControl(cp))) {
                return Optional.of(Problem.of("email.character", Normalizer.describe(cp), i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> dotAtom(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of(Problem.of("email.dots"));
        }
        int[] cps = local.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean ok = cp < 128
                    ? Character.isLetterOrDigit(cp) || cp == '.' || ATEXT.indexOf(cp) >= 0
                    : Character.isLetterOrDigit(cp)
                            || Character.getType(cp) == Character.NON_SPACING_MARK
                            || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (!ok) {
                return Optional.of(Problem.of("email.local-character", Normalizer.describe(cp), i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> domain(String local, String domain) {
        if (domain.startsWith("[")) {
            return Optional.of(Problem.of("email.ip-literal"));
        }
        String[] labels = domain.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of(Problem.of("email.domain-dots"));
            }
            Optional<Integer> bad = label.codePoints()
                    .filter(cp -> !(Character.isLetterOrDigit(cp) || cp == '-'))
                    .boxed()
                    .findFirst();
            if (bad.isPresent()) {
                return Optional.of(Problem.of("email.domain-character", Normalizer.describe(bad.get())));
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of(Problem.of("email.domain-hyphen", label));
            }
        }
        String tld = labels[labels.length - 1];
        if (labels.length < 2) {
            return Optional.of(Problem.of("email.no-tld", domain));
        }
        // letters, or the punycode (xn--) form of a TLD written in letters
        boolean alphabetic = tld.codePoints().allMatch(Character::isLetter) || tld.startsWith("xn--");
        if (tld.length() < 2
                || !alphabetic
                || !DomainValidator.getInstance(false).isValidTld(tld)) {
            return Optional.of(Problem.of("email.tld", tld));
        }
        if (!COMMONS.isValid(local + "@" + domain)) {
            return Optional.of(Problem.of("email.invalid"));
        }
        return Optional.empty();
    }
}
