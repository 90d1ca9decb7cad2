package org.ameliwalkthrough.records;

import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.CarteVitaleSerial;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.Postcode;

/**
 * A fictional insured person the simulator "knows", as Assurance Maladie's records would hold them.
 * Identifiers are value objects, parsed once when the row is read; {@code iban},
 * {@code carteVitaleSerial}, {@code numeroFiscal} and {@code blocker} may be null (nothing on file).
 * {@code blocker} is the anchor of the sign-up blocker this persona rehearses, if any; {@code papers}
 * is what they carry besides (identity document, home address, practice e-mail and mobile).
 */
public record PracticePerson(
        long id,
        String slug,
        String birthName,
        String usualName,
        String firstNames,
        Nir.Sex sex,
        LocalDate birthDate,
        String birthplaceCode,
        String birthplaceName,
        Nir nir,
        Postcode postcode,
        Iban iban,
        CarteVitaleSerial carteVitaleSerial,
        boolean cardActivated,
        NumeroFiscal numeroFiscal,
        String taxPasswordHash,
        String scheme,
        String blocker,
        int sortOrder,
        PersonalPapers papers) {

    public static final String GENERAL_SCHEME = "GENERAL";

    public boolean hasBankDetailsOnFile() {
        return iban != null;
    }

    /** Route 1 (carte Vitale + IBAN) is open only to people ameli can check both ways. */
    public boolean canUseCarteVitaleRoute() {
        return hasBankDetailsOnFile() && carteVitaleSerial != null && cardActivated && isGeneralScheme();
    }

    public boolean isGeneralScheme() {
        return GENERAL_SCHEME.equals(scheme);
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
