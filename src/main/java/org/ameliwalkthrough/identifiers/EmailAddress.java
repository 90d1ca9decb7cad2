package org.ameliwalkthrough.identifiers;

import java.util.Locale;
import java.util.Optional;

/** An e-mail address people can actually receive mail at: see {@link EmailRules} for what that means. */
public final class EmailAddress extends StringIdentifier {

    /** Held as local@domain; the domain has no @ (the split is at the last one), so it splits back. */
    private EmailAddress(String local, String domain) {
        super(local + "@" + domain);
    }

    /** Never throws; blank characters around the address (incl. U+00A0) are ignored, not inside it. */
    public static Checked<EmailAddress> check(String raw) {
        String s = Normalizer.strip(raw);
        Optional<Problem> problem = EmailRules.problem(s);
        if (problem.isPresent()) {
            return Checked.invalid(problem.get());
        }
        int at = s.lastIndexOf('@');
        return Checked.valid(
                new EmailAddress(s.substring(0, at), s.substring(at + 1).toLowerCase(Locale.ROOT)));
    }

    public static EmailAddress parse(String raw) {
        return check(raw).orElseThrow();
    }

    /** The part before the @, as typed (its case may matter to some mail servers). */
    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    /** The part after the @, in lower case. */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String formatted() {
        return value;
    }

    /** First character of the local part, then dots: enough to recognise, not to harvest. */
    @Override
    public String masked() {
        return value.substring(0, value.offsetByCodePoints(0, 1)) + "•••@" + domain();
    }
}
