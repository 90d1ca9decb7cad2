package org.ameliwalkthrough.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The records as Flyway builds them on the embedded database. */
@JdbcTest
@Import(PracticeRecords.class)
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
        assertThat(records.findBySlug("lucas").orElseThrow().nir().isCorsica()).isTrue();
        assertThat(records.findBySlug("amina").orElseThrow().birthplaceCode()).startsWith("974");
        assertThat(records.findBySlug("emma").orElseThrow().isBornAbroad()).isTrue();
        PracticePerson sarah = records.findBySlug("sarah").orElseThrow();
        assertThat(sarah.usualName()).isEqualTo("MARTIN");
        assertThat(sarah.birthName()).isEqualTo("WILSON");
    }

    @Test
    void looksUpByTheThirteenCharactersAmeliAsksFor() {
        assertThat(records.findByNir(Nir.parse("179062A004215")))
                .map(PracticePerson::slug)
                .hasValue("lucas");
        assertThat(records.findByNir(Nir.parse("179062A00421580")))
                .map(PracticePerson::slug)
                .hasValue("lucas");
        assertThat(records.findByNir(Nir.parse("1790699404123"))).isEmpty();
        assertThat(records.findByNumeroFiscal(NumeroFiscal.parse("3729488324303")))
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
            assertThat(person.toString()).doesNotContain(person.nir().normalized());
        }
    }
}
