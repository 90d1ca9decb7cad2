package org.ameliwalkthrough.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The records as Flyway builds them on the embedded database. */
@DataJdbcTest
class PracticeRecordsTest {

    @Autowired
    PracticeRecords records;

    @Test
    void personasCoverEveryRouteAndBirthplaceKind() {
        // sort_order 10+ are the blocker personas, tested with the troubleshooting package
        var all = records.findAllPersonas().stream()
                .filter(p -> p.sortOrder() < 10)
                .toList();
        assertThat(all)
                .extracting(PracticePerson::slug)
                .containsExactly("emma", "david", "priya", "lucas", "amina", "sarah");
        assertThat(all)
                .filteredOn(PracticePerson::canUseCarteVitaleRoute)
                .extracting(PracticePerson::slug)
                .containsExactly("emma", "lucas", "amina", "sarah");
        assertThat(records.findBySlug("david").orElseThrow().hasBankDetailsOnFile())
                .isFalse();
        assertThat(records.findBySlug("priya").orElseThrow().cardActivated()).isFalse();
        assertThat(records.findBySlug("lucas").orElseThrow().nir()).contains("2A");
        assertThat(records.findBySlug("amina").orElseThrow().birthplaceCode()).startsWith("974");
        assertThat(records.findBySlug("emma").orElseThrow().isBornAbroad()).isTrue();
        PracticePerson sarah = records.findBySlug("sarah").orElseThrow();
        assertThat(sarah.usualName()).isEqualTo("MARTIN");
        assertThat(sarah.birthName()).isEqualTo("WILSON");
    }

    @Test
    void looksUpByTheThirteenCharactersAmeliAsksFor() {
        assertThat(records.findByNir13("179062A004215"))
                .map(PracticePerson::slug)
                .hasValue("lucas");
        assertThat(records.findByNir13("179062A004216")).isEmpty();
        assertThat(records.findByNumeroFiscal("3729488324303"))
                .map(PracticePerson::slug)
                .hasValue("david");
    }

    @Test
    void taxPasswordsAreStoredHashed() {
        var encoder = new BCryptPasswordEncoder();
        for (PracticePerson person : records.findAllPersonas()) {
            assertThat(person.taxPasswordHash()).startsWith("$2a$").doesNotContain(Personas.PRACTICE_TAX_PASSWORD);
            assertThat(encoder.matches(Personas.PRACTICE_TAX_PASSWORD, person.taxPasswordHash()))
                    .isTrue();
            assertThat(person.toString()).doesNotContain(person.nir());
        }
    }
}
