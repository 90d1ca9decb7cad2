package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ameliwalkthrough.records.PracticePerson;
import org.junit.jupiter.api.Test;

class IdentityMatcherTest {

    static PracticePerson person(String birthName, String firstNames, String sex, String place) {
        return new PracticePerson(
                1L,
                "x",
                birthName,
                null,
                firstNames,
                sex,
                LocalDate.of(1979, 6, 30),
                place,
                "n",
                "179062A00421580",
                "13006",
                null,
                null,
                false,
                "3931176056423",
                null,
                "GENERAL",
                1);
    }

    static VerifiedIdentity id(String family, String given, String gender, String place, String country) {
        return new VerifiedIdentity("sub", given, family, gender, "1979-06-30", place, country);
    }

    @Test
    void allOfTheIdentityPivotMustAgreeIgnoringCaseAndAccents() {
        PracticePerson lucas = person("SANTONI", "Lucas Antoine", "M", "2A004");
        assertThat(IdentityMatcher.matches(lucas, id("Santoni", "LUCAS ANTOINE", "male", "2A004", "99100")))
                .isTrue();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas", "male", "2A004", "99100")))
                .isFalse();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas Antoine", "female", "2A004", "99100")))
                .isFalse();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas Antoine", "male", "2B004", "99100")))
                .isFalse();
        PracticePerson joelle = person("DUBINÔRE", "Joëlle Françoise", "F", "99404");
        assertThat(IdentityMatcher.matches(joelle, id("DUBINORE", "Joelle Francoise", "female", "", "99404")))
                .isTrue();
        assertThat(IdentityMatcher.matches(joelle, id("DUBINORE", "Joelle Francoise", "female", "", "99100")))
                .isFalse();
    }
}
