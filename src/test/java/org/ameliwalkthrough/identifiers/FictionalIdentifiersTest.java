package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FictionalIdentifiersTest {

    private final FictionalIdentifiers fictional = new FictionalIdentifiers(42);

    @Test
    void nirForAGivenPersonAndPlace() {
        Nir nir = fictional.nir(Nir.Sex.FEMALE, LocalDate.of(1988, 4, 12), "75");
        assertThat(nir.sex()).isEqualTo(Nir.Sex.FEMALE);
        assertThat(nir.year()).isEqualTo("88");
        assertThat(nir.month()).hasValue(4);
        assertThat(nir.place()).isEqualTo("75");
        assertThat(nir.compareWithBirthDate(LocalDate.of(1988, 4, 12))).isEmpty();
    }

    @Test
    void corsicaOverseasAndAbroad() {
        LocalDate birth = LocalDate.of(1979, 6, 1);
        assertThat(fictional.nir(Nir.Sex.MALE, birth, "2A").place()).isEqualTo("2A");
        assertThat(fictional.nir(Nir.Sex.MALE, birth, "2b").place()).isEqualTo("2B");
        Nir reunion = fictional.nir(Nir.Sex.MALE, birth, "974");
        assertThat(reunion.isOverseas()).isTrue();
        assertThat(reunion.place()).isEqualTo("974");
        Nir abroad = fictional.nir(Nir.Sex.FEMALE, birth, "99350");
        assertThat(abroad.isBornAbroad()).isTrue();
        assertThat(abroad.country()).hasValue("350");
    }

    @Test
    void frenchIbanFromRibParts() {
        Iban iban = fictional.frenchIban("30006", "00001", "12345678901");
        assertThat(iban.normalized()).isEqualTo("FR7630006000011234567890189");
        assertThat(fictional.frenchIban("20041", "01005", "0500013m026").normalized())
                .isEqualTo("FR1420041010050500013M02606");
    }

    @Test
    void sameSeedSameOutput() {
        assertThat(new FictionalIdentifiers(7).nir()).isEqualTo(new FictionalIdentifiers(7).nir());
        assertThat(new FictionalIdentifiers(7).frenchIban()).isEqualTo(new FictionalIdentifiers(7).frenchIban());
        assertThat(new FictionalIdentifiers(7).numeroFiscal()).isEqualTo(new FictionalIdentifiers(7).numeroFiscal());
        assertThat(fictional.carteVitaleSerial().normalized()).hasSize(11);
    }
}
