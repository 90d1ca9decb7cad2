package org.ameliwalkthrough.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * checks its own logs with {@link #assertNoSecrets} too.
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
        List<String> all = new ArrayList<>(SECRETS);
        all.addAll(moreSecrets);
        for (String secret : all) {
            assertThat(log).as("the log holds a secret").doesNotContain(secret);
        }
    }

    @Test
    void bothCompleteRoutesLogNoSecret(CapturedOutput log) throws Exception {
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
    }
}
