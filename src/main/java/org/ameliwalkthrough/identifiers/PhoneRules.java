package org.ameliwalkthrough.identifiers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Turns what people type into the 9 significant digits of a French (+33) number, or a problem.
 * Accepts 0 + 9 digits, +33 / 0033 / 33 + 9 digits, with a redundant (0) or 0 after the country
 * code. Whether the digits are an allocated French number is libphonenumber's metadata, not ours.
 */
final class PhoneRules {

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int[] OVERSEAS_CODES = {262, 590, 594, 596, 269};

    private PhoneRules() {}

    /** Either the 9 significant digits, or the reason there are none. */
    record Digits9(String nsn, Problem problem) {}

    static Digits9 significantDigits(String compact) {
        if (compact.isEmpty()) {
            return failed(Problem.of("phone.empty"));
        }
        String s = compact.replaceFirst("^(\\+33|0033|33)\\(0\\)", "$1");
        Optional<Problem> bad =
                Digits.firstNotAllowed("phone", s.startsWith("+") ? s.substring(1) : s, Normalizer::isAsciiDigit);
        if (bad.isPresent()) {
            Problem p = bad.get();
            int offset = s.startsWith("+") ? 1 : 0; // positions count the + the user typed
            return failed(Problem.of(
                    "phone.character", p.args().get(0), (int) p.args().get(1) + offset));
        }
        String digits = s.startsWith("+") ? s.substring(1) : s;
        String nsn;
        if (s.startsWith("+") || s.startsWith("00")) {
            String international = s.startsWith("+") ? digits : digits.substring(2);
            if (international.isEmpty()) {
                return failed(Problem.of("phone.length", digits.length(), 10));
            }
            if (!international.startsWith("33")) {
                return failed(Problem.of("phone.not-french", countryCode(international)));
            }
            nsn = dropTrunkZero(international.substring(2));
        } else if (digits.startsWith("33") && (digits.length() == 11 || digits.length() == 12)) {
            nsn = dropTrunkZero(digits.substring(2));
        } else if (digits.startsWith("0")) {
            nsn = digits.substring(1);
        } else {
            return failed(Problem.of("phone.length", digits.length(), 10));
        }
        if (nsn.length() != 9) {
            return failed(Problem.of("phone.length", nsn.length() + 1, 10));
        }
        return new Digits9(nsn, null);
    }

    private static String dropTrunkZero(String afterCountryCode) {
        return afterCountryCode.length() == 10 && afterCountryCode.startsWith("0")
                ? afterCountryCode.substring(1)
                : afterCountryCode;
    }

    private static Digits9 failed(Problem problem) {
        return new Digits9(null, problem);
    }

    /** "+44" for "447911123456": libphonenumber knows which prefixes are country codes. */
    private static String countryCode(String international) {
        for (int len = 1; len <= 3 && len <= international.length(); len++) {
            int cc = Integer.parseInt(international.substring(0, len));
            if (UTIL.getSupportedCallingCodes().contains(cc)) {
                return "+" + cc;
            }
        }
        return "+" + international.substring(0, Math.min(3, international.length()));
    }

    static Phonenumber.PhoneNumber number(int countryCode, String nsn) {
        return new Phonenumber.PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(nsn));
    }

    /** 06 39…, 06 90… and the like are overseas numbers with their own country code, not +33. */
    static Optional<String> overseasCountryCode(String nsn) {
        for (int cc : OVERSEAS_CODES) {
            if (UTIL.isValidNumber(number(cc, nsn))) {
                return Optional.of("+" + cc);
            }
        }
        return Optional.empty();
    }
}
