package org.ameliwalkthrough.records;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * A fictional insured person the simulator "knows". Identifiers are kept as plain strings here: the
 * records are a stand-in for Assurance Maladie's database, and callers parse them with the value
 * objects of the identifiers package when they need the parts.
 */
public record PracticePerson(
        @Id Long id,
        String slug,
        String birthName,
        String usualName,
        String firstNames,
        String sex,
        LocalDate birthDate,
        String birthplaceCode,
        String birthplaceName,
        String nir,
        String postcode,
        String iban,
        String carteVitaleSerial,
        boolean cardActivated,
        String numeroFiscal,
        String taxPasswordHash,
        String scheme,
        int sortOrder) {

    /** The first 13 characters: what the ameli form asks for. */
    public String nir13() {
        return nir.substring(0, 13);
    }

    public boolean hasBankDetailsOnFile() {
        return iban != null;
    }

    /** Route 1 (carte Vitale + IBAN) is open only to people ameli can check both ways. */
    public boolean canUseCarteVitaleRoute() {
        return hasBankDetailsOnFile() && carteVitaleSerial != null && cardActivated && isGeneralScheme();
    }

    public boolean isGeneralScheme() {
        return "GENERAL".equals(scheme);
    }

    public boolean isBornAbroad() {
        return birthplaceCode.startsWith("99");
    }

    /** FranceConnect's birthcountry claim: 99100 for France, else the INSEE country code. */
    public String birthCountryCode() {
        return isBornAbroad() ? birthplaceCode : "99100";
    }

    /** The name people use day to day: the usual (e.g. married) name when there is one. */
    public String displayName() {
        return firstNames + " " + (usualName != null ? usualName : birthName);
    }

    @Override
    public String toString() {
        return "PracticePerson[" + slug + "]"; // never the identifiers
    }
}
