package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.Postcode;
import org.ameliwalkthrough.records.PracticePerson;
import org.junit.jupiter.api.Test;

class IdentityMatcherTest {

    static PracticePerson person(String birthName, String firstNames, Nir.Sex sex, String place) {
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
                Nir.parse("179062A00421580"),
                Postcode.parse("13006"),
                null,
                null,
                false,
                NumeroFiscal.parse("3931176056423"),
                null,
                "GENERAL",
                null,
                1,
                org.ameliwalkthrough.support.TestPersons.PAPERS);
    }

    static VerifiedIdentity id(String family, String given, String gender, String place, String country) {
        Nir.Sex sex = "female".equals(gender) ? Nir.Sex.FEMALE : Nir.Sex.MALE;
        return new VerifiedIdentity("sub", given, family, sex, "1979-06-30", place, country);
    }

    @Test
    void allOfTheIdentityPivotMustAgreeIgnoringCaseAndAccents() {
        PracticePerson lucas = person("SANTONI", "Lucas Antoine", Nir.Sex.MALE, "2A004");
        assertThat(IdentityMatcher.matches(lucas, id("Santoni", "LUCAS ANTOINE", "male", "2A004", "99100")))
                .isTrue();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas", "male", "2A004", "99100")))
                .isFalse();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas Antoine", "female", "2A004", "99100")))
                .isFalse();
        assertThat(IdentityMatcher.matches(lucas, id("SANTONI", "Lucas Antoine", "male", "2B004", "99100")))
                .isFalse();
        PracticePerson joelle = person("DUBINÔRE", "Joëlle Françoise", Nir.Sex.FEMALE, "99404");
        assertThat(IdentityMatcher.matches(joelle, id("DUBINORE", "Joelle Francoise", "female", "", "99404")))
                .isTrue();
        assertThat(IdentityMatcher.matches(joelle, id("DUBINORE", "Joelle Francoise", "female", "", "99100")))
                .isFalse();
    }
}
