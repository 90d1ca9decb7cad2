package org.ameliwalkthrough.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Both complete routes, with everything they log captured: no full NIR, IBAN, numéro fiscal,
 * password, login code or link token may appear in it, in any common spelling. The hostile sweep
 * checks its own logs with {@link #assertNoSecrets} too. What the session store keeps of both
 * visitors at the end (the bytes of their {@code spring_session_attributes} rows) holds none of
 * them either, nor the full e-mail or mobile (decision 21).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {

    /** Emma's and David's practice papers, and the passwords the routes type. */
    static final List<String> SECRETS = List.of(
            "2880499132047",
            "288049913204730",
            "2 88 04 99 132 047",
            "FR2920041010050512345A02137",
            "FR29 2004 1010 0505 1234 5A02 137",
            "3729488324303",
            "37 29 488 324 303",
            "Practice1!",
            Personas.PRACTICE_TAX_PASSWORD);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static void assertNoSecrets(String log, List<String> moreSecrets) {
        assertNoSecrets(log, moreSecrets, "the log");
    }

    static void assertNoSecrets(String text, List<String> moreSecrets, String where) {
        List<String> all = new ArrayList<>(SECRETS);
        all.addAll(moreSecrets);
        for (String secret : all) {
            assertThat(text).as(where + " holds a secret").doesNotContain(secret);
        }
    }

    /** The contact answers both routes type, in the spellings a session could hold them. */
    static final List<String> CONTACT = List.of(
            "emma@example.org",
            "david@example.org",
            "06 12 34 56 78",
            "0612345678",
            "+33612345678",
            "+33 6 12 34 56 78");

    @Test
    void bothCompleteRoutesLogNoSecretAndTheSessionStoreKeepsNone(CapturedOutput log) throws Exception {
        PracticeData.forgetAttempts(jdbc);
        List<String> seen = new ArrayList<>();

        // Route 1: ameli's own form, the validation link, the login with its 6-digit code.
        PracticeSession emma = new PracticeSession(mvc);
        assertThat(emma.emmaThroughContact().getRedirectedUrl()).isEqualTo("/practice/check-answers");
        assertThat(emma.post("/practice/check-answers").getRedirectedUrl()).isEqualTo("/practice/confirmation");
        String link = emma.page("/practice/mailbox").select("a.mail__link").attr("href");
        UriComponentsBuilder.fromUriString(link)
                .build()
                .getQueryParams()
                .values()
                .forEach(seen::addAll);
        seen.add(link.substring(link.lastIndexOf('/') + 1));
        assertThat(emma.get(link).getRedirectedUrl()).isEqualTo("/practice/activated");
        assertThat(emma.post("/practice/login", "nir", "2880499132047", "password", "Practice1!")
                        .getRedirectedUrl())
                .isEqualTo("/practice/login/code");
        String code =
                emma.page("/practice/mailbox").select("[data-code]").first().text();
        seen.add(code);
        seen.add(code.replace(" ", ""));
        assertThat(emma.post("/practice/login/code", "code", code).getRedirectedUrl())
                .isEqualTo("/practice/account");

        // Route 2: FranceConnect with the practice impots.gouv.fr login, then the rest of the form.
        PracticeSession david = new PracticeSession(mvc);
        david.choosePersona("david");
        String authorize = david.post("/practice/franceconnect/start").getRedirectedUrl();
        david.get(authorize);
        assertThat(david.post(
                                "/practice-franceconnect/impots",
                                "numeroFiscal",
                                "3729488324303",
                                "password",
                                Personas.PRACTICE_TAX_PASSWORD)
                        .getRedirectedUrl())
                .isEqualTo("/practice-franceconnect/consent");
        String callback = david.post("/practice-franceconnect/consent").getRedirectedUrl();
        seen.add(UriComponentsBuilder.fromUriString(callback)
                .build()
                .getQueryParams()
                .getFirst("code"));
        assertThat(david.get(callback).getRedirectedUrl()).isEqualTo("/practice/conditions");
        david.post("/practice/conditions", "accepted", "true");
        david.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
        david.post("/practice/contact", "email", "david@example.org", "phone", "06 12 34 56 78");
        assertThat(david.post("/practice/check-answers").getRedirectedUrl()).isEqualTo("/practice/confirmation");

        seen.removeIf(s -> s == null || s.length() < 6);
        assertThat(seen).isNotEmpty();
        assertNoSecrets(log.getOut() + log.getErr(), seen);

        List<String> notInTheSession = new ArrayList<>(seen);
        notInTheSession.addAll(CONTACT);
        for (PracticeSession visitor : List.of(emma, david)) {
            String stored = storedAttributes(visitor);
            assertThat(stored).as("the session's attributes").contains("practiceJourney");
            assertNoSecrets(stored, notInTheSession, "the session store");
        }
    }

    /** Every attribute of the visitor's current session as the store holds it: its name, then its serialized bytes. */
    String storedAttributes(PracticeSession visitor) {
        String id = new String(Base64.getDecoder().decode(visitor.sessionCookie()), StandardCharsets.UTF_8);
        List<String> attributes = jdbc.sql("""
                        SELECT a.attribute_name, a.attribute_bytes FROM spring_session_attributes a
                        JOIN spring_session s ON s.primary_id = a.session_primary_id WHERE s.session_id = :id""")
                .param("id", id)
                .query((rs, n) -> rs.getString(1) + "=" + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1))
                .list();
        assertThat(attributes).as("session " + id + " in the store").isNotEmpty();
        return String.join("\n", attributes);
    }
}
