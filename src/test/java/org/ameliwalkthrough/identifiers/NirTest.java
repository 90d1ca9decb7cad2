package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "288049913204730",
                "190099940411282",
                "295019922303129",
                "179062A00421580",
                "292119741108729",
                "285029940105620"
            })
    void practicePersonasPass(String nir) {
        assertThat(Nir.check(nir).isValid()).isTrue();
    }

    @Test
    void exposesItsParts() {
        Nir nir = Nir.parse("1 85 05 78 006 084 91");
        assertThat(nir.sex()).isEqualTo(Nir.Sex.MALE);
        assertThat(nir.year()).isEqualTo("85");
        assertThat(nir.month()).hasValue(5);
        assertThat(nir.place()).isEqualTo("78");
        assertThat(nir.commune()).hasValue("006");
        assertThat(nir.country()).isEmpty();
        assertThat(nir.order()).isEqualTo("084");
        assertThat(nir.key()).isEqualTo("91");
        assertThat(nir.isCorsica()).isFalse();
        assertThat(nir.formatted()).isEqualTo("1 85 05 78 006 084 91");
        assertThat(nir.masked()).isEqualTo("1 85 05 •• ••• ••• 91");
        assertThat(nir.toString()).doesNotContain("006").contains("••");
        assertThat(nir.withoutKey()).isEqualTo("1850578006084");
    }

    @Test
    void thirteenCharactersGetTheirKeyComputed() {
        Nir nir = Nir.parse("1850578006084");
        assertThat(nir.normalized()).isEqualTo("185057800608491");
        assertThat(nir.keyWasTyped()).isFalse();
        assertThat(Nir.parse("185057800608491").keyWasTyped()).isTrue();
    }

    @Test
    void overseasAbroadAndCorsicaParts() {
        Nir mayotte = Nir.parse("190069761004586");
        assertThat(mayotte.isOverseas()).isTrue();
        assertThat(mayotte.place()).isEqualTo("976");
        assertThat(mayotte.commune()).hasValue("10");
        Nir abroad = Nir.parse("180039935004232");
        assertThat(abroad.isBornAbroad()).isTrue();
        assertThat(abroad.country()).hasValue("350");
        assertThat(abroad.commune()).isEmpty();
        Nir corsica = Nir.parse("2 84 05 2A 321 025 52");
        assertThat(corsica.isCorsica()).isTrue();
        assertThat(corsica.place()).isEqualTo("2A");
        assertThat(corsica.sex()).isEqualTo(Nir.Sex.FEMALE);
    }

    @Test
    void specialMonthHasNoMonth() {
        assertThat(Nir.parse("143990109002273").month()).isEmpty();
    }

    @Test
    void bodyDivisibleBy97HasKey97() {
        assertThat(Nir.computeKey("1850575056017")).isEqualTo("97");
    }

    @Test
    void normalisesNoBreakSpacesTabsDotsAndDashes() {
        assertThat(Nir.check("1\u00a085\u202f05\t78.006-084 91").isValid()).isTrue();
    }

    @Test
    void reasonCodesAndArguments() {
        assertThat(Nir.check("12345678").problems()).containsExactly(Problem.of("nir.length", 8, 13, 15));
        assertThat(Nir.check("22311xx35012322").problems()).containsExactly(Problem.of("nir.corsica", "XX"));
        assertThat(Nir.check("253072C07300443").problems()).containsExactly(Problem.of("nir.corsica", "2C"));
        assertThat(Nir.check("1850578006O84").problems()).containsExactly(Problem.of("nir.character", "O", 11));
        assertThat(Nir.check("8 84 05 88 321 025 23").problems()).containsExactly(Problem.of("nir.temporary", "8"));
        assertThat(Nir.check("369067543002289").problems()).containsExactly(Problem.of("nir.sex", "3"));
        assertThat(Nir.check("223145935012322").problems()).containsExactly(Problem.of("nir.month", "14"));
        assertThat(Nir.check("223115935012321").problems()).containsExactly(Problem.of("nir.key", "21"));
        assertThat(Nir.check(null).problems()).containsExactly(Problem.of("nir.empty"));
        assertThat(Nir.check(" \u00a0").problems()).containsExactly(Problem.of("nir.empty"));
    }

    @Test
    void controlCharactersAreNamedNotPrinted() {
        assertThat(Nir.check("18505780060\u000784").problems()).contains(Problem.of("nir.character", "U+0007", 12));
    }

    @Test
    void suggestsCorsicaCodeWhenTheOld20FitsTheKeyOf2A() {
        String body = "1840520321025";
        String key = Nir.computeKey("184052A321025");
        assertThat(Nir.check(body + key).problems())
                .containsExactly(Problem.of("nir.key", key), Problem.of("nir.corsica-20", "2A"));
    }

    @Test
    void comparesWithTheDateOfBirth() {
        Nir nir = Nir.parse("185057800608491");
        assertThat(nir.compareWithBirthDate(LocalDate.of(1985, 5, 1))).isEmpty();
        assertThat(nir.compareWithBirthDate(LocalDate.of(1986, 6, 1)))
                .containsExactly(Problem.of("nir.birth-year", "85", "86"), Problem.of("nir.birth-month", "05", "06"));
        assertThat(Nir.parse("143990109002273").compareWithBirthDate(LocalDate.of(1943, 2, 3)))
                .isEmpty();
    }

    @Test
    void parseThrowsWithProblemsButWithoutTheValue() {
        assertThatThrownBy(() -> Nir.parse("223115935012321"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageNotContaining("2231159")
                .satisfies(e -> assertThat(((InvalidIdentifierException) e).problems())
                        .extracting(Problem::code)
                        .isEqualTo(List.of("nir.key")));
    }

    @Test
    void problemKnowsItsMessageKey() {
        assertThat(Problem.of("nir.length").messageKey()).isEqualTo("identifier.nir.length");
    }
}
