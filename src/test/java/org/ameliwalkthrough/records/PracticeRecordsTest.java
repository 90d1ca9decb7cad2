package org.ameliwalkthrough.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.identifiers.NumeroFiscal;
import org.ameliwalkthrough.identifiers.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The records as Flyway builds them on the embedded database. */
@JdbcTest
@Import(PracticeRecords.class)
class PracticeRecordsTest {

    @Autowired
    PracticeRecords records;

    @Autowired
    JdbcClient jdbc;

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
    void everyRibNamesThePersonasOwnBankAndTown() {
        var withRib = records.findAllPersonas().stream()
                .filter(PracticePerson::hasBankDetailsOnFile)
                .toList();
        assertThat(withRib).hasSizeGreaterThan(5).allSatisfy(p -> {
            assertThat(p.papers().bank()).as(p.slug()).isNotNull();
            assertThat(p.papers().bank().name()).as(p.slug()).isNotBlank().contains("Exemple");
            assertThat(p.papers().bank().town())
                    .as(p.slug())
                    .isEqualTo(p.papers().town());
        });
        assertThat(withRib).extracting(p -> p.papers().bank().name()).doesNotHaveDuplicates();
        assertThat(withRib).extracting(p -> p.papers().bank().town()).doesNotHaveDuplicates();
        assertThat(records.findBySlug("david").orElseThrow().papers().bank()).isNull();
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
    void everyPersonaCarriesPapersThatAnswerTheScreens() {
        var all = records.findAllPersonas();
        assertThat(all).allSatisfy(p -> {
            PersonalPapers papers = p.papers();
            assertThat(papers.street()).as(p.slug()).matches("\\d+ .+");
            assertThat(papers.town()).as(p.slug()).isNotBlank();
            assertThat(papers.email().domain()).as(p.slug()).isEqualTo("example.org");
            assertThat(records.isEmailTaken(papers.email())).as(p.slug()).isFalse();
            assertThat(PhoneNumber.checkMobile(papers.mobile().national()).isValid())
                    .as(p.slug())
                    .isTrue();
        });
        assertThat(all).extracting(p -> p.papers().email().normalized()).doesNotHaveDuplicates();
        assertThat(all).extracting(p -> p.papers().mobile().normalized()).doesNotHaveDuplicates();
        PracticePerson olivia = records.findBySlug("olivia").orElseThrow();
        assertThat(olivia.papers().email().normalized()).isEqualTo("olivia.bennett@example.org");
        assertThat(records.isEmailTaken(EmailAddress.parse("famille.bennett@example.com")))
                .isTrue();
        assertThat(records.findBySlug("emma").orElseThrow().papers().identityDocument())
                .isEqualTo(PersonalPapers.IdentityDocument.RESIDENCE_PERMIT);
        assertThat(records.findBySlug("lucas").orElseThrow().papers().identityDocument())
                .isEqualTo(PersonalPapers.IdentityDocument.PASSPORT);
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

    /** The look-ups are answered from memory: each must find whom the database's own search finds. */
    @Test
    void inMemoryLookUpsFindWhomTheDatabaseFinds() {
        var people = records.findAllPersonas();
        assertThat(people)
                .hasSize(jdbc.sql("SELECT COUNT(*) FROM practice_person")
                        .query(Integer.class)
                        .single());
        for (PracticePerson person : people) {
            String byNir = jdbc.sql("SELECT slug FROM practice_person WHERE SUBSTRING(nir, 1, 13) = ?")
                    .param(person.nir().withoutKey())
                    .query(String.class)
                    .single();
            assertThat(records.findByNir(person.nir()).orElseThrow().slug()).isEqualTo(byNir);
            assertThat(records.findBySlug(person.slug()).orElseThrow().id()).isEqualTo(person.id());
            assertThat(records.findById(person.id()).orElseThrow().slug()).isEqualTo(person.slug());
            if (person.numeroFiscal() != null) {
                String byNumero = jdbc.sql("SELECT slug FROM practice_person WHERE numero_fiscal = ?")
                        .param(person.numeroFiscal().normalized())
                        .query(String.class)
                        .single();
                assertThat(records.findByNumeroFiscal(person.numeroFiscal())
                                .orElseThrow()
                                .slug())
                        .isEqualTo(byNumero);
            }
        }
        assertThat(records.findBySlug("nobody")).isEmpty();
        assertThat(records.findByNir(Nir.parse("1 85 05 78 006 084 91"))).isEmpty();
        assertThat(records.findAllPersonas())
                .as("read once, then the same list")
                .isSameAs(people);
    }
}
