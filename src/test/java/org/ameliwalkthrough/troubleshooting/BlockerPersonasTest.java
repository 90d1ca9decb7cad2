package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ameliwalkthrough.identifiers.EmailAddress;
import org.ameliwalkthrough.identifiers.Nir;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/** The blocker personas as Flyway loads them, and the blocker each one is meant to rehearse. */
@JdbcTest
@Import({BlockerAdvisor.class, PracticeRecords.class})
class BlockerPersonasTest {

    private static final Map<String, Blocker> PERSONA_BLOCKERS = Map.of(
            "tom", Blocker.TEMPORARY_NUMBER,
            "nadia", Blocker.CARD_NOT_RECEIVED,
            "priya", Blocker.CARD_NOT_ACTIVATED,
            "david", Blocker.RIB_NOT_RECOGNISED,
            "pierre", Blocker.OTHER_SCHEME,
            "sarah", Blocker.DETAILS_NOT_RECOGNISED,
            "olivia", Blocker.EMAIL_ALREADY_USED);

    @Autowired
    PracticeRecords records;

    @Autowired
    BlockerAdvisor advisor;

    PracticePerson persona(String slug) {
        return records.findBySlug(slug).orElseThrow(() -> new AssertionError("no persona " + slug));
    }

    @Test
    void eachBlockerPersonaHasThePropertyItRehearses() {
        PracticePerson tom = persona("tom");
        assertThat(tom.nir().isTemporary()).isTrue();
        assertThat(Nir.looksTemporary(tom.nir().formatted())).isTrue();

        PracticePerson nadia = persona("nadia");
        assertThat(nadia.carteVitaleSerial()).isNull();
        assertThat(nadia.cardActivated()).isFalse();
        assertThat(nadia.hasBankDetailsOnFile()).isTrue();

        PracticePerson olivia = persona("olivia");
        assertThat(olivia.canUseCarteVitaleRoute())
                .as("Olivia must reach the e-mail step")
                .isTrue();

        PracticePerson pierre = persona("pierre");
        assertThat(pierre.scheme()).isEqualTo("MSA");
        assertThat(pierre.isGeneralScheme()).isFalse();
        assertThat(pierre.canUseCarteVitaleRoute()).isFalse();

        PERSONA_BLOCKERS.forEach((slug, blocker) ->
                assertThat(advisor.forPerson(persona(slug))).as(slug).hasValue(blocker));
        assertThat(advisor.forPerson(persona("emma"))).isEmpty();
    }

    @Test
    void theTroubleshootingPageNamesExactlyThePersonasWhoseRecordsRehearseEachBlocker() {
        Map<Blocker, List<String>> rehearsedBy = advisor.rehearsedBy();
        PERSONA_BLOCKERS.forEach((slug, blocker) ->
                assertThat(rehearsedBy.get(blocker)).as(blocker.name()).contains(slug));
        assertThat(rehearsedBy.values().stream().mapToInt(List::size).sum()).isEqualTo(PERSONA_BLOCKERS.size());
        assertThat(rehearsedBy).doesNotContainKeys(Blocker.EMAIL_NOT_RECEIVED, Blocker.ACCOUNT_LOCKED);
    }

    @Test
    void theSharedFamilyAddressIsAlreadyUsedWhateverItsCase() {
        assertThat(records.isEmailTaken(EmailAddress.parse(" Famille.Bennett@Example.com ")))
                .isTrue();
        assertThat(records.isEmailTaken(EmailAddress.parse("olivia.bennett@example.com")))
                .isFalse();
    }

    /** Fictional but well-formed: only the property a persona rehearses may be "wrong". */
    @Test
    void blockerPersonasHaveValidNumbersAndStoriesInBothLanguages() throws Exception {
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        for (String slug : new String[] {"tom", "nadia", "olivia", "pierre"}) {
            PracticePerson p = persona(slug);
            assertThat(p.sortOrder()).isGreaterThanOrEqualTo(10);
            String nir = p.nir().normalized();
            assertThat(nirKey(nir.substring(0, 13))).as(slug + " NIR key").isEqualTo(nir.substring(13));
            assertThat(ibanIsValid(p.iban().normalized())).as(slug + " IBAN").isTrue();
            assertThat(ribKeyIsValid(p.iban().normalized()))
                    .as(slug + " RIB key")
                    .isTrue();
            String fiscal = p.numeroFiscal().normalized();
            assertThat(fiscal).matches("[0-3]\\d{12}");
            assertThat(Long.parseLong(fiscal.substring(0, 10)) % 511)
                    .as(slug + " numéro fiscal key")
                    .isEqualTo(Long.parseLong(fiscal.substring(10)));
            assertThat(en.getProperty(Personas.storyKey(p))).as(slug).isNotBlank();
            assertThat(fr.getProperty(Personas.storyKey(p))).as(slug).isNotBlank();
        }
    }

    static String nirKey(String first13) {
        String digits = first13.replace("2A", "19").replace("2B", "18");
        return "%02d"
                .formatted(
                        97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue());
    }

    static boolean ibanIsValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static boolean ribKeyIsValid(String iban) {
        String bank = iban.substring(4, 9);
        String branch = iban.substring(9, 14);
        StringBuilder account = new StringBuilder();
        for (char c : iban.substring(14, 25).toCharArray()) {
            account.append(Character.isDigit(c) ? c : "12345678912345678923456789".charAt(c - 'A'));
        }
        long sum = 89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account.toString());
        return 97 - sum % 97 == Long.parseLong(iban.substring(25));
    }

    static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = BlockerPersonasTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
