package org.ameliwalkthrough.identifiers;

import java.util.Optional;
import java.util.Set;
import org.apache.commons.validator.routines.IBANValidator;
import org.iban4j.CountryCode;
import org.iban4j.bban.BbanStructure;

/**
 * Which IBAN prefixes exist and what follows them. The per-country layout (length, digit or letter
 * positions, bank/branch/account fields) comes from iban4j; the prefixes are limited to the SWIFT
 * IBAN registry, because iban4j also knows prefixes the registry folds into another country (the
 * French territories GF, GP, MQ, RE, YT, NC, PF… use FR; GG, IM, JE use GB; AX uses FI) and a few
 * "experimental" ones (AO, CV, MZ…). For the few registry countries iban4j has no layout for yet
 * (FK, HN, MN, NI, SO, YE) commons-validator's registry table gives the length and layout.
 */
final class IbanRegistry {

    /** SWIFT IBAN registry country codes (release of 2025). */
    static final Set<String> REGISTRY = Set.of(
            "AD", "AE", "AL", "AT", "AZ", "BA", "BE", "BG", "BH", "BI", "BR", "BY", "CH", "CR", "CY", "CZ", "DE", "DJ",
            "DK", "DO", "EE", "EG", "ES", "FI", "FK", "FO", "FR", "GB", "GE", "GI", "GL", "GR", "GT", "HN", "HR", "HU",
            "IE", "IL", "IQ", "IS", "IT", "JO", "KW", "KZ", "LB", "LC", "LI", "LT", "LU", "LV", "LY", "MC", "MD", "ME",
            "MK", "MN", "MR", "MT", "MU", "NI", "NL", "NO", "OM", "PK", "PL", "PS", "PT", "QA", "RO", "RS", "RU", "SA",
            "SC", "SD", "SE", "SI", "SK", "SM", "SO", "ST", "SV", "TL", "TN", "TR", "UA", "VA", "VG", "XK", "YE");

    /** French overseas territories whose banks issue FR IBANs. */
    static final Set<String> FRENCH_TERRITORIES =
            Set.of("GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "TF", "WF", "BL", "MF");

    /** France and Monaco share the RIB layout and key. */
    static final Set<String> RIB_COUNTRIES = Set.of("FR", "MC");

    private IbanRegistry() {}

    static Optional<BbanStructure> structure(String country) {
        if (!REGISTRY.contains(country)) {
            return Optional.empty();
        }
        CountryCode code = CountryCode.getByCode(country);
        return code == null ? Optional.empty() : Optional.ofNullable(BbanStructure.forCountry(code));
    }

    /** commons-validator's entry, only for registry countries iban4j lacks. */
    static Optional<IBANValidator.Validator> fallback(String country) {
        if (!REGISTRY.contains(country) || structure(country).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(IBANValidator.getInstance().getValidator(country));
    }

    static boolean isKnown(String country) {
        return structure(country).isPresent() || fallback(country).isPresent();
    }

    /** Total IBAN length for a known country: 2 letters, 2 check digits, then the BBAN. */
    static int length(String country) {
        return structure(country)
                .map(s -> 4 + s.getBbanLength())
                .orElseGet(() -> fallback(country).orElseThrow().getIbanLength());
    }
}
