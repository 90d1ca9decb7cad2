package org.ameliwalkthrough.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Le Brun-Noël | LEBRUNNOEL",
                "le brun noel | LE BRUN-NOËL",
                "d’Artagnan | D'ARTAGNAN",
                "D'Artagnan | dartagnan",
                "Cœur | COEUR",
                "Lætitia | LAETITIA",
                "Müller | MULLER",
                "Zoé\u00A0 | ZOE",
                "\u200BJosé\u202FMaría | JOSE MARIA",
                "Ｍａｒｔｉｎ | MARTIN",
                "Çelik | CELIK",
                "Straße | STRASSE"
            })
    void sameWithoutCaseAccentsSpacesHyphensOrApostrophes(String typed, String recorded) {
        assertThat(PersonNames.same(typed, recorded)).isTrue();
        assertThat(PersonNames.same(recorded, typed)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"Martin | Martine", "Dupont | Dupond", "Le Brun | Le Bruno", "Anne | Anne-Marie"})
    void differentLettersAreDifferentNames(String typed, String recorded) {
        assertThat(PersonNames.same(typed, recorded)).isFalse();
    }

    @Test
    void nullAndLetterlessNamesMatchNothing() {
        assertThat(PersonNames.same(null, "MARTIN")).isFalse();
        assertThat(PersonNames.same("Martin", null)).isFalse();
        assertThat(PersonNames.same(null, null)).isFalse();
        assertThat(PersonNames.same("", "")).isFalse();
        assertThat(PersonNames.same("\u00A0-'", " ")).isFalse();
    }

    @Test
    void sameAnyTriesEachRecordedName() {
        assertThat(PersonNames.sameAny("dupont", "MARTIN", null, "DUPONT")).isTrue();
        assertThat(PersonNames.sameAny("Dupont", "MARTIN", null)).isFalse();
        assertThat(PersonNames.sameAny("Dupont")).isFalse();
        assertThat(PersonNames.sameAny("Dupont", (String[]) null)).isFalse();
        assertThat(PersonNames.sameAny(null, "DUPONT")).isFalse();
    }
}
