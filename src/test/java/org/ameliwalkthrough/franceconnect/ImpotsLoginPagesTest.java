package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.ameliwalkthrough.records.Personas;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The practice impots.gouv.fr login: its teaching messages, and a lock that holds across sessions. */
class ImpotsLoginPagesTest extends FranceConnectMvcTest {

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        start();
        send(post("/practice-franceconnect/impots")
                        .param("numeroFiscal", DAVID)
                        .param("password", Personas.PRACTICE_TAX_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMistypedNumeroFiscalGetsItsTeachingMessage() throws Exception {
        start();
        Document page = body(login("3729488324304", "x").andExpect(status().isOk()));
        assertThat(page.select(".error-summary a[href=#numeroFiscal]").text()).contains("do not match the first 10");
        assertThat(page.select("#numeroFiscal").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#numeroFiscal").attr("aria-describedby")).contains("numeroFiscal-error");
        assertThat(page.title()).startsWith("Error:");
        // "Where do I find my numéro fiscal?" leads to the guide's drawing of a tax notice.
        assertThat(page.select("a[href=/where-to-find-your-numbers#tax-notice]"))
                .hasSize(1);
        // The persona's papers are where the service registered them.
        assertThat(page.select("a[href=" + RegisteredClient.AMELI.documentsUri() + "]"))
                .hasSize(1);
    }

    @Test
    void anUnknownNumeroFiscalIsAnError() throws Exception {
        start();
        Document page = body(login("3023217600053", Personas.PRACTICE_TAX_PASSWORD));
        assertThat(page.select("#numeroFiscal-error").text()).contains("No practice impots.gouv.fr account");
    }

    @Test
    void aWrongPasswordSaysHowManyTriesAreLeftAndIsNeverEchoed() throws Exception {
        start();
        Document page = body(login("37 29 488 324 303", "wrong-secret"));
        assertThat(page.select("#password-error").text()).contains("You have 4 tries left");
        assertThat(page.select("#password").attr("value")).isEmpty();
        assertThat(page.html()).doesNotContain("wrong-secret");
        assertThat(page.select("#numeroFiscal").attr("value")).isEqualTo("37 29 488 324 303");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFor15Minutes() throws Exception {
        start();
        for (int i = 0; i < 4; i++) {
            login(DAVID, "wrong");
        }
        Document locked = body(login(DAVID, "wrong"));
        // 10:15 UTC is 11:15 in Paris in November.
        assertThat(locked.select(".error-summary").text()).contains("locked until 11:15", "Paris time", "15 minutes");
        // Even the right password is refused while the lock lasts...
        clock.advance(Duration.ofMinutes(14));
        assertThat(body(login(DAVID, Personas.PRACTICE_TAX_PASSWORD))
                        .select(".error-summary")
                        .text())
                .contains("1 minute");
        // ...and accepted once it has run out.
        clock.advance(Duration.ofMinutes(1));
        login(DAVID, Personas.PRACTICE_TAX_PASSWORD).andExpect(redirectedUrl("/practice-franceconnect/consent"));
    }

    @Test
    void theLockHoldsInAFreshSessionAndOnlyRunsOut() throws Exception {
        start();
        for (int i = 0; i < 5; i++) {
            login(DAVID, "wrong");
        }
        Cookie first = session;
        session = null; // another browser, or the same one with its cookies cleared
        start();
        assertThat(session.getValue()).isNotEqualTo(first.getValue());
        Document fresh = body(login(DAVID, Personas.PRACTICE_TAX_PASSWORD).andExpect(status().isOk()));
        assertThat(fresh.select(".error-summary").text()).contains("locked until 11:15");
        assertThat(fresh.select("#password-error")).isEmpty(); // no new count, no "tries left"
        // Another account is not locked by David's count.
        login("0672882330085", Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(redirectedUrl("/practice-franceconnect/consent"));
        clock.advance(LoginAttempts.LOCK);
        session = first;
        start();
        login(DAVID, Personas.PRACTICE_TAX_PASSWORD).andExpect(redirectedUrl("/practice-franceconnect/consent"));
    }
}
