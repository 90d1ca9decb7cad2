package org.ameliwalkthrough.practice.account;

import jakarta.validation.constraints.Pattern;
import org.ameliwalkthrough.identifiers.Normalizer;
import org.ameliwalkthrough.identifiers.Required;

/**
 * The 6-digit code ameli e-mails at each login since December 2023, and the trusted-device box
 * beside it. Typed as it reads in the e-mail ("657 624", also with a no-break space) it is still the
 * code: {@link #digits()} is what is compared, cleaned by {@link Normalizer#compact}, whose
 * blank-looking characters the pattern allows.
 */
public record CodeForm(
        @Required(message = "{practice.code.code.required}")
        @Pattern(regexp = "(?:" + CodeForm.GAP + "\\d){6}" + CodeForm.GAP, message = "{practice.code.code.format}")
        String code,

        Boolean trust) {

    /** What may sit between the digits: spaces (U+00A0 and U+202F too), zero-width space, BOM, dots, dashes. */
    static final String GAP = "[\\p{Zs}\\s\\u200B\\uFEFF.\\-]*";

    /** The code without spaces, dots or dashes; the @Pattern above has made sure 6 digits remain. */
    public String digits() {
        return Normalizer.compact(code);
    }

    /** "Faire confiance à cet appareil" was ticked. */
    public boolean trusted() {
        return Boolean.TRUE.equals(trust);
    }

    @Override
    public String toString() {
        return "CodeForm[hidden]";
    }
}
