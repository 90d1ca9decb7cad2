package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR2920041010050512345A02137",
                "FR2030076020217845120C01551",
                "FR6310278080000002034571K71",
                "FR2716807000123344556677B93",
                "FR0918206004206051234R04474"
            })
    void practicePersonasPass(String iban) {
        assertThat(Iban.checkFrenchOrMonaco(iban).isValid()).isTrue();
    }

    @Test
    void exposesFrenchParts() {
        Iban iban = Iban.parse("fr76 3000 6000 0112 3456 7890 189");
        assertThat(iban.country()).isEqualTo("FR");
        assertThat(iban.checkDigits()).isEqualTo("76");
        assertThat(iban.bank()).hasValue("30006");
        assertThat(iban.branch()).hasValue("00001");
        assertThat(iban.account()).hasValue("12345678901");
        assertThat(iban.ribKey()).hasValue("89");
        assertThat(iban.lastSeven()).isEqualTo("7890189");
        assertThat(iban.firstTwenty()).isEqualTo("FR763000600001123456");
        assertThat(iban.formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(iban.masked()).isEqualTo("•••• •••• •••• •••• •••• •••0 189");
        assertThat(iban.toString()).doesNotContain("3000");
        assertThat(iban.isFrenchOrMonaco()).isTrue();
    }

    @Test
    void ribKeyIsComputedWithLettersConverted() {
        assertThat(RibKey.compute("30006", "00001", "12345678901")).isEqualTo("89");
        assertThat(RibKey.compute("20041", "01005", "0500013M026")).isEqualTo("06");
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(Iban.check("FR6020041010050500013M52606").problems())
                .as("passes mod-97, wrong RIB key")
                .containsExactly(Problem.of("iban.rib-key", "06"));
        assertThat(Iban.check("FR7630007000110009970004943").problems()).containsExactly(Problem.of("iban.checksum"));
        assertThat(Iban.check("FR76300070001100099700049421").problems())
                .containsExactly(Problem.of("iban.length", 28, 27, "FR"));
        assertThat(Iban.check("NL01INGB0001393698").problems()).containsExactly(Problem.of("iban.check-digits", "01"));
        assertThat(Iban.check("JJ611904300234573201").problems()).containsExactly(Problem.of("iban.country", "JJ"));
        assertThat(Iban.check("GP791234512345123456789AB13").problems())
                .containsExactly(Problem.of("iban.french-territory", "GP"));
        assertThat(Iban.check("DE8937040044053201300A").problems())
                .containsExactly(Problem.of("iban.structure-digit", "A", 22, "DE"));
        assertThat(Iban.check("FR7630006000011234567890189@").problems())
                .containsExactly(Problem.of("iban.character", "@", 28));
        assertThat(Iban.check("76FR").problems()).containsExactly(Problem.of("iban.start"));
        assertThat(Iban.check("").problems()).containsExactly(Problem.of("iban.empty"));
    }

    @Test
    void theJourneyCanRequireFranceOrMonaco() {
        assertThat(Iban.checkFrenchOrMonaco("ES9121000418450200051332").problems())
                .containsExactly(Problem.of("iban.not-french", "ES"));
        assertThat(Iban.check("ES9121000418450200051332").isValid()).isTrue();
        assertThat(Iban.checkFrenchOrMonaco("MC11 1273 9000 7000 1111 1000 h79").isValid())
                .isTrue();
    }

    @Test
    void registryCountriesIban4jLacksUseCommonsValidatorsTable() {
        // Mongolia joined the registry in 2023: MNkk + 16 digits
        String body = "1234" + "123456789012";
        int check = 98 - IbanRules.mod97("MN00" + body) % 97;
        String mn = "MN" + String.format("%02d", check) + body;
        assertThat(Iban.check(mn).isValid()).as(mn).isTrue();
        assertThat(Iban.check(mn).value().bank()).isEmpty();
        assertThat(Iban.check("MN" + String.format("%02d", check) + "1234").problems())
                .containsExactly(Problem.of("iban.length", 8, 20, "MN"));
    }
}
