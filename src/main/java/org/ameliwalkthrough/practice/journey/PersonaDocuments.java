package org.ameliwalkthrough.practice.journey;

import java.time.format.DateTimeFormatter;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.records.PracticePerson;

/**
 * What the persona's documents print, formatted as on the real paper: the user copies from here
 * into the screens (the identity document and the energy bill give the date of birth and the
 * postcode the identity step checks; the RIB names the persona's own bank branch). These numbers are fictional and public; they are shown, never stored per user.
 */
public record PersonaDocuments(
        String slug,
        String storyKey,
        String cardName,
        String displayName,
        String nir,
        String serial,
        boolean cardActivated,
        String iban,
        String bankName,
        String bankTown,
        String numeroFiscal,
        String taxPassword,
        IdentityPaper identity,
        HomeAddress home,
        String email,
        String mobile) {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The identity document: {@code kind} is {@code PASSPORT} or {@code RESIDENCE_PERMIT}; the
     * surname is the birth name, as identity documents print it; the date as {@code dd/MM/yyyy}.
     */
    public record IdentityPaper(String kind, String surname, String givenNames, String birthDate, String birthplace) {}

    /** The home address, as the practice energy bill prints it. */
    public record HomeAddress(String street, String postcode, String town) {}

    public static PersonaDocuments of(PracticePerson p) {
        return new PersonaDocuments(
                p.slug(),
                Personas.storyKey(p),
                p.firstNames() + " " + p.birthName(),
                p.displayName(),
                p.nir().formatted(),
                p.carteVitaleSerial() == null ? null : p.carteVitaleSerial().normalized(),
                p.cardActivated(),
                p.iban() == null ? null : p.iban().formatted(),
                p.papers().bank() == null ? null : p.papers().bank().name(),
                p.papers().bank() == null ? null : p.papers().bank().town(),
                p.numeroFiscal() == null ? null : p.numeroFiscal().formatted(),
                Personas.PRACTICE_TAX_PASSWORD,
                new IdentityPaper(
                        p.papers().identityDocument().name(),
                        p.birthName(),
                        p.firstNames(),
                        p.birthDate().format(DAY_MONTH_YEAR),
                        p.birthplaceName()),
                new HomeAddress(
                        p.papers().street(),
                        p.postcode().normalized(),
                        p.papers().town()),
                p.papers().email().normalized(),
                p.papers().mobile().formatted());
    }
}
