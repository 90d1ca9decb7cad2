package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.ameliwalkthrough.records.Personas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Every practice FranceConnect page through MockMvc: the authorize checks, the login and its lock, consent, cancel. */
@SpringBootTest
@AutoConfigureMockMvc
class FranceConnectPagesTest {

    static final String DAVID = "3729488324303";
    static final String STATE = "state-from-ameli-0123456789";
    static final String NONCE = "nonce-from-ameli-0123456789";
    static final String CALLBACK = RegisteredClient.AMELI.redirectUri();
    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TokenEndpoint tokens;

    /** Spring Session keeps the session in the database and finds it by its cookie, as a browser would send it. */
    Cookie session;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void newSession() {
        session = null;
        clock.set(START);
    }

    /** The counts are in the database every context of the test run shares: leave no lock behind. */
    @AfterEach
    void clearLoginCounts() {
        jdbc.sql("DELETE FROM impots_login_attempt").update();
    }

    ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        ResultActions result = mvc.perform(request);
        Cookie set = result.andReturn().getResponse().getCookie("SESSION");
        if (set != null) {
            session = set;
        }
        return result;
    }

    ResultActions authorize(String clientId, String redirectUri, String state, String nonce) throws Exception {
        return send(get("/practice-franceconnect/authorize")
                .param("response_type", "code")
                .param("client_id", clientId)
                .param("redirect_uri", redirectUri)
                .param("scope", "openid identite_pivot")
                .param("state", state)
                .param("nonce", nonce)
                .param("acr_values", "eidas1"));
    }

    void start() throws Exception {
        authorize(RegisteredClient.AMELI.clientId(), CALLBACK, STATE, NONCE)
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
    }

    Document page(String path, String lang) throws Exception {
        return Jsoup.parse(send(get(path).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    ResultActions login(String numeroFiscal, String password) throws Exception {
        return send(post("/practice-franceconnect/impots")
                .with(csrf())
                .param("numeroFiscal", numeroFiscal)
                .param("password", password));
    }

    Document body(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aValidRequestIsRememberedAndLeadsToTheChooser() throws Exception {
        start();
        Document en = page("/practice-franceconnect/choose", "en");
        assertThat(en.select("h1").text()).isEqualTo("Connexion en cours sur ameli");
        assertThat(en.select("h1").attr("lang")).isEqualTo("fr");
        assertThat(en.text()).contains("Choisissez un compte pour vous connecter :", "Logging in to ameli");
        assertThat(en.select(".fc-band__label").text()).isEqualTo("practice");
        assertThat(en.select(".fc-provider__name").eachText())
                .containsExactly("impots.gouv.fr", "Identité Numérique La Poste", "MSA", "France Identité", "ameli");
        assertThat(en.select(".fc-provider").last().text()).contains("cannot be used to create one");
        assertThat(en.select("form[action=/practice-franceconnect/cancel] input[name=_csrf]"))
                .hasSize(1);
        Document fr = page("/practice-franceconnect/choose", "fr");
        assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
        assertThat(fr.select(".fc-band__label").text()).isEqualTo("entraînement");
    }

    @Test
    void anUnregisteredClientOrRedirectIsRefusedWithoutRedirecting() throws Exception {
        authorize("someone-else", CALLBACK, STATE, NONCE)
                .andExpect(status().isBadRequest())
                .andExpect(view().name("franceconnect/bad-request"));
        authorize(RegisteredClient.AMELI.clientId(), "https://evil.example/cb", STATE, NONCE)
                .andExpect(status().isBadRequest());
        page("/practice-franceconnect/choose", "en"); // nothing was remembered:
        assertThat(page("/practice-franceconnect/choose", "en").select("h1").text())
                .isEqualTo("No login in progress");
    }

    @Test
    void aStateOrNonceShorterThan22CharactersIsRefused() throws Exception {
        authorize(RegisteredClient.AMELI.clientId(), CALLBACK, "short", NONCE).andExpect(status().isBadRequest());
        authorize(RegisteredClient.AMELI.clientId(), CALLBACK, STATE, "x".repeat(21))
                .andExpect(status().isBadRequest());
        Document refused = body(authorize(RegisteredClient.AMELI.clientId(), CALLBACK, STATE, null));
        assertThat(refused.text()).contains("at least 22 characters");
    }

    @Test
    void pagesWithoutARequestSayWhereToStartAndCreateNoSession() throws Exception {
        for (String path : new String[] {"/practice-franceconnect/choose", "/practice-franceconnect/impots"}) {
            var response = send(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(response.getResponse().getCookie("SESSION")).isNull();
            // Where to start: the registered service's home page, named after it.
            assertThat(Jsoup.parse(response.getResponse().getContentAsString())
                            .select("main a[href=" + RegisteredClient.AMELI.homeUri() + "]")
                            .text())
                    .isEqualTo("Go to the practice ameli site");
        }
        var about = send(get("/practice-franceconnect/what-is-franceconnect").param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(about.getResponse().getCookie("SESSION")).isNull();
        assertThat(Jsoup.parse(about.getResponse().getContentAsString())
                        .select("main a[href=/practice]")
                        .text())
                .isEqualTo("Aller sur le site ameli d’entraînement");
    }

    @Test
    void otherProvidersExplainWhatRealLifeNeeds() throws Exception {
        start();
        Document ameli = page("/practice-franceconnect/providers/ameli", "en");
        assertThat(ameli.select("h1").text()).contains("ameli");
        assertThat(ameli.text()).contains("cannot be used to create an ameli account");
        assertThat(page("/practice-franceconnect/providers/france-identite", "fr")
                        .text())
                .contains("France Identité");
        send(get("/practice-franceconnect/providers/impots"))
                .andExpect(redirectedUrl("/practice-franceconnect/impots"));
        send(get("/practice-franceconnect/providers/nope")).andExpect(status().isNotFound());
    }

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

    @Test
    void consentShowsTheIdentityThenSendsACodeBoundToStateAndNonce() throws Exception {
        start();
        login(DAVID, Personas.PRACTICE_TAX_PASSWORD).andExpect(redirectedUrl("/practice-franceconnect/consent"));
        Document consent = page("/practice-franceconnect/consent", "en");
        assertThat(consent.select("h1").text()).isEqualTo("Vous allez vous connecter en tant que :");
        assertThat(consent.select(".fc-identity").text())
                .contains("MILLER", "David James", "Male", "03/09/1990", "États-Unis");
        assertThat(consent.select("input[type=checkbox]")).isEmpty(); // ameli is a public service
        assertThat(consent.select("main form button").first().text()).isEqualTo("Continuer sur ameli");

        String location = send(post("/practice-franceconnect/consent").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(location).startsWith(CALLBACK + "?");
        assertThat(query.getFirst("state")).isEqualTo(STATE);
        IdentityClaims claims = tokens.redeem(RegisteredClient.AMELI.clientId(), query.getFirst("code"), CALLBACK);
        assertThat(claims.familyName()).isEqualTo("MILLER");
        assertThat(claims.gender()).isEqualTo("male");
        assertThat(claims.birthdate()).isEqualTo("1990-09-03");
        assertThat(claims.birthplace()).isEmpty();
        assertThat(claims.birthcountry()).isEqualTo("99404");
        assertThat(claims.nonce()).isEqualTo(NONCE);
        // The request is answered: consenting again finds nothing in progress.
        send(post("/practice-franceconnect/consent").with(csrf())).andExpect(view().name(ChooserController.NO_REQUEST));
    }

    @Test
    void consentShowsTheBirthNameAndTheUsualNameApart() throws Exception {
        start();
        login("0672882330085", Personas.PRACTICE_TAX_PASSWORD)
                .andExpect(redirectedUrl("/practice-franceconnect/consent"));
        var rows = page("/practice-franceconnect/consent", "en")
                .select(".fc-identity dd")
                .eachText();
        assertThat(rows).startsWith("WILSON", "MARTIN", "Sarah Jane");
    }

    @Test
    void consentBeforeLoggingInGoesBackToTheChooser() throws Exception {
        start();
        send(get("/practice-franceconnect/consent")).andExpect(redirectedUrl("/practice-franceconnect/choose"));
        send(post("/practice-franceconnect/consent").with(csrf()))
                .andExpect(redirectedUrl("/practice-franceconnect/choose"));
    }

    @Test
    void cancelGoesBackToTheServiceWithAccessDeniedAndItsState() throws Exception {
        start();
        send(post("/practice-franceconnect/cancel").with(csrf()))
                .andExpect(redirectedUrl(CALLBACK + "?error=access_denied&state=" + STATE));
        send(post("/practice-franceconnect/cancel")).andExpect(status().isForbidden());
    }
}
