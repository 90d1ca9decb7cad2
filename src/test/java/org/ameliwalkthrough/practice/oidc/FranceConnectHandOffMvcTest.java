package org.ameliwalkthrough.practice.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ameliwalkthrough.franceconnect.MutableClock;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole hand-off through MockMvc, ameli side and practice FranceConnect side: recognition, and
 * each way a callback must be refused (wrong state, replayed, forged or expired code), and cancel.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FranceConnectHandOffMvcTest {

    static final String DAVID_FISCAL = "3729488324303";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock handOffClock() {
            return new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetAttempts() {
        PracticeData.forgetAttempts(jdbc);
    }

    @Autowired
    MutableClock clock;

    PracticeSession browser;

    @BeforeEach
    void newBrowser() throws Exception {
        browser = new PracticeSession(mvc);
        browser.choosePersona("david");
    }

    /** From "S'identifier avec FranceConnect" to the callback URL FranceConnect sends back, not yet followed. */
    String loginAndConsent() throws Exception {
        String authorize = browser.post("/practice/franceconnect/start").getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        assertThat(query.getFirst("state")).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
        assertThat(query.getFirst("nonce")).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(query.getFirst("state"));
        assertThat(browser.get(authorize).getRedirectedUrl()).isEqualTo("/practice-franceconnect/choose");
        assertThat(browser.post(
                                "/practice-franceconnect/impots",
                                "numeroFiscal",
                                DAVID_FISCAL,
                                "password",
                                Personas.PRACTICE_TAX_PASSWORD)
                        .getRedirectedUrl())
                .isEqualTo("/practice-franceconnect/consent");
        return browser.post("/practice-franceconnect/consent").getRedirectedUrl();
    }

    static String param(String url, String name) {
        return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
    }

    static String withParam(String url, String name, String value) {
        return UriComponentsBuilder.fromUriString(url)
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }

    Document refused(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        Document page = PracticeSession.parse(response);
        assertThat(page.select("h1").text()).isEqualTo("ameli could not accept this FranceConnect login");
        assertThat(page.select("form[action=/practice/franceconnect/start] input[name=_csrf]"))
                .hasSize(1);
        return page;
    }

    @Test
    void davidIsRecognisedAndGoesOnToTheConditions() throws Exception {
        String callback = loginAndConsent();
        assertThat(callback).startsWith("/practice/franceconnect/callback?code=");
        MockHttpServletResponse back = browser.get(callback);
        assertThat(back.getRedirectedUrl()).isEqualTo("/practice/conditions");
        Document conditions = PracticeSession.parse(browser.followRedirect(back));
        assertThat(conditions.select("[role=status].recognised").text())
                .isEqualTo("FranceConnect recognised you as David James MILLER, born on 3 September 1990.");
        assertThat(browser.page("/practice/conditions").select(".recognised"))
                .as("said once, on arrival")
                .isEmpty();
        assertThat(conditions.select(".stepper").text()).isEqualTo("Step 3 of 6 — Next: your password");
        assertThat(conditions.select("a.back-link").attr("href")).isEqualTo("/practice/franceconnect");
    }

    /** The rest of the FranceConnect route counts the same 6 steps, check answers included. */
    @Test
    void theFranceConnectRouteCountsSixStepsToCheckAnswers() throws Exception {
        browser.get(loginAndConsent());
        browser.post("/practice/conditions", "accepted", "true");
        assertThat(browser.page("/practice/password").select(".stepper strong").text())
                .isEqualTo("Step 4 of 6");
        browser.post("/practice/password", "password", "Practice1!", "confirmation", "Practice1!");
        assertThat(browser.page("/practice/contact").select(".stepper strong").text())
                .isEqualTo("Step 5 of 6");
        browser.post("/practice/contact", "email", "david@example.org", "phone", "06 12 34 56 78");
        Document check = browser.page("/practice/check-answers");
        assertThat(check.select(".stepper").text()).isEqualTo("Step 6 of 6");
        assertThat(check.select("[data-answer=firstName]").text()).isEqualTo("David James");
        assertThat(check.select("[data-answer=iban]")).isEmpty();
    }

    @Test
    void aWrongStateIsRefusedAndTheLoginCanRestart() throws Exception {
        String callback = loginAndConsent();
        Document page = refused(browser.get(withParam(callback, "state", "x".repeat(43))));
        assertThat(page.text()).contains("its \"state\" is not the one ameli sent");
        // The state was spent by that answer: the genuine one is now refused too.
        refused(browser.get(callback));
        // Starting again works.
        assertThat(browser.get(loginAndConsent()).getRedirectedUrl()).isEqualTo("/practice/conditions");
    }

    @Test
    void aCallbackWithNoLoginStartedIsRefused() throws Exception {
        refused(browser.get("/practice/franceconnect/callback?code=abc&state=" + "s".repeat(43)));
    }

    @Test
    void aReplayedCodeIsRefused() throws Exception {
        String first = loginAndConsent();
        browser.get(first);
        // A second login, answered with the first login's (already redeemed) code.
        String second = loginAndConsent();
        Document page = refused(browser.get(withParam(second, "code", param(first, "code"))));
        assertThat(page.text()).contains("already used");
    }

    @Test
    void aForgedCodeIsRefused() throws Exception {
        String callback = loginAndConsent();
        Document page = refused(browser.get(withParam(callback, "code", "forged-" + "A".repeat(40))));
        assertThat(page.text()).contains("never issued");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String callback = loginAndConsent();
        clock.advance(Duration.ofSeconds(61));
        Document page = refused(browser.get(callback));
        assertThat(page.text()).contains("expired");
    }

    @Test
    void cancellingAtFranceConnectComesBackWithAClearMessage() throws Exception {
        String authorize = browser.post("/practice/franceconnect/start").getRedirectedUrl();
        browser.get(authorize);
        MockHttpServletResponse cancelled = browser.post("/practice-franceconnect/cancel");
        assertThat(cancelled.getRedirectedUrl()).contains("error=access_denied");
        MockHttpServletResponse page = browser.followRedirect(cancelled);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(PracticeSession.parse(page).select("h1").text()).isEqualTo("You cancelled the FranceConnect login");
    }

    @Test
    void theIdentityStepSendsDavidToTheFranceConnectPageWhichOffersTheButton() throws Exception {
        MockHttpServletResponse identity = browser.identity("Miller", "1 90 09 99 404 112", "3", "9", "1990", "33000");
        assertThat(identity.getRedirectedUrl()).isEqualTo("/practice/franceconnect");
        Document page = PracticeSession.parse(browser.followRedirect(identity));
        assertThat(page.text()).contains("ameli has no bank details on file");
        assertThat(page.select("form[action=/practice/franceconnect/start] button.fc-button")
                        .text())
                .isEqualTo("S’identifier avec FranceConnect");
        assertThat(page.select("a[href=/practice-franceconnect/what-is-franceconnect]"))
                .isNotEmpty();
    }

    @Test
    void theIdentityPageOffersFranceConnectAsTheAlternative() throws Exception {
        Document identity = browser.page("/practice/identity");
        assertThat(identity.select("section.fc-or form[action=/practice/franceconnect/start] button")
                        .text())
                .isEqualTo("S’identifier avec FranceConnect");
    }
}
