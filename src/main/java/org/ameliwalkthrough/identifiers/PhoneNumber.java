package org.ameliwalkthrough.identifiers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * A French (+33) phone number in an allocated range (libphonenumber's metadata). Landlines, 08 and
 * 09 numbers are valid ({@link #isMobile()} is false), but ameli texts codes, so a mobile (06/07)
 * is what users should give: {@link #checkMobile(String)} refuses the others with {@code
 * phone.not-mobile}.
 */
public final class PhoneNumber extends StringIdentifier {

    private static final String PLUS_33 = "+33";

    /** Found once, by libphonenumber, when the number is checked. */
    private final boolean mobile;

    /** Held as E.164 ("+33612345678"), which {@link #normalized()} returns. */
    private PhoneNumber(String nsn, boolean mobile) {
        super(PLUS_33 + nsn);
        this.mobile = mobile;
    }

    /** Never throws; spaces (incl. U+00A0, U+202F), dots and dashes are ignored. */
    public static Checked<PhoneNumber> check(String raw) {
        String compact = Normalizer.compact(raw, Normalizer.DOTS_AND_DASHES);
        PhoneRules.Digits9 digits = PhoneRules.significantDigits(compact);
        if (digits.problem() != null) {
            return Checked.invalid(digits.problem());
        }
        Phonenumber.PhoneNumber number = PhoneRules.number(33, digits.nsn());
        if (!PhoneRules.UTIL.isValidNumberForRegion(number, "FR")) {
            Optional<String> overseas = PhoneRules.overseasCountryCode(digits.nsn());
            String start = "0" + digits.nsn().charAt(0) + " " + digits.nsn().substring(1, 3);
            return Checked.invalid(overseas.map(cc -> Problem.of("phone.overseas", start, cc))
                    .orElseGet(() -> digits.nsn().startsWith("7")
                            ? Problem.of("phone.mobile-range", start) // 07 00–07 29: no mobile range in use
                            : Problem.of("phone.unallocated", start)));
        }
        boolean mobile = PhoneRules.UTIL.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
        return Checked.valid(new PhoneNumber(digits.nsn(), mobile));
    }

    /** For fields where only a mobile will do: a valid landline gets {@code phone.not-mobile}. */
    public static Checked<PhoneNumber> checkMobile(String raw) {
        Checked<PhoneNumber> checked = check(raw);
        if (checked.isValid() && !checked.value().isMobile()) {
            return Checked.invalid(Problem.of("phone.not-mobile"));
        }
        return checked;
    }

    public static PhoneNumber parse(String raw) {
        return check(raw).orElseThrow();
    }

    public boolean isMobile() {
        return mobile;
    }

    /** The 10-digit national form, e.g. "0612345678". */
    public String national() {
        return "0" + nsn();
    }

    /** National display, e.g. "06 12 34 56 78". */
    @Override
    public String formatted() {
        return PhoneRules.UTIL.format(PhoneRules.number(33, nsn()), PhoneNumberFormat.NATIONAL);
    }

    @Override
    public String masked() {
        return "0" + nsn().charAt(0) + " •• •• •• " + nsn().substring(7);
    }

    /** The 9 significant digits, after +33. */
    private String nsn() {
        return value.substring(PLUS_33.length());
    }
}
