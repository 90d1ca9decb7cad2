package org.ameliwalkthrough.support;

import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.CarteVitaleSerial;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.Iban;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.PhoneNumber;
import org.ameliwalkthrough.identifiers.Postcode;
import org.ameliwalkthrough.records.PersonalPapers;
import org.ameliwalkthrough.records.PracticePerson;

/** Practice people for tests that mock the records: the same as the seeded personas of the same slug. */
public final class TestPersons {

    /** Papers for test persons, whose street and contact details no test reads. */
    public static final PersonalPapers PAPERS = new PersonalPapers(
            PersonalPapers.IdentityDocument.PASSPORT,
            "1 rue Exemple",
            "Lyon",
            EmailAddress.parse("test.person@example.org"),
            PhoneNumber.parse("0612345678"),
            new PersonalPapers.BankBranch("Banque Exemple Test", "Lyon"));

    private TestPersons() {}

    /** Route 1: card activated, bank details on file. */
    public static PracticePerson emma() {
        return person(
                1,
                "emma",
                "CLARKE",
                "Emma Louise",
                Nir.Sex.FEMALE,
                LocalDate.of(1988, 4, 12),
                "99132",
                "288049913204730",
                "69003",
                "FR2920041010050512345A02137",
                "15881399869",
                true,
                "GENERAL",
                null);
    }

    /** FranceConnect: no bank details on file. */
    public static PracticePerson david() {
        return person(
                2,
                "david",
                "MILLER",
                "David James",
                Nir.Sex.MALE,
                LocalDate.of(1990, 9, 3),
                "99404",
                "190099940411282",
                "33000",
                null,
                "97309114170",
                true,
                "GENERAL",
                "rib-not-recognised");
    }

    /** Another scheme (MSA): a stop, never an ameli account. */
    public static PracticePerson pierre() {
        return person(
                13,
                "pierre",
                "GAGNON",
                "Pierre Étienne",
                Nir.Sex.MALE,
                LocalDate.of(1971, 8, 2),
                "99401",
                "171089940107854",
                "24200",
                "FR7611306000304812123400018",
                "60228419335",
                true,
                "MSA",
                "other-scheme");
    }

    private static PracticePerson person(
            long id,
            String slug,
            String birthName,
            String firstNames,
            Nir.Sex sex,
            LocalDate birthDate,
            String birthplace,
            String nir,
            String postcode,
            String iban,
            String serial,
            boolean activated,
            String scheme,
            String blocker) {
        return new PracticePerson(
                id,
                slug,
                birthName,
                null,
                firstNames,
                sex,
                birthDate,
                birthplace,
                "Abroad",
                Nir.parse(nir),
                Postcode.parse(postcode),
                iban == null ? null : Iban.parse(iban),
                serial == null ? null : CarteVitaleSerial.parse(serial),
                activated,
                NumeroFiscal.parse("3806407983154"),
                null,
                scheme,
                blocker,
                (int) id,
                PAPERS);
    }
}
