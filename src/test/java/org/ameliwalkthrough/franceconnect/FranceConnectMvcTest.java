package org.ameliwalkthrough.franceconnect;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The practice FranceConnect through MockMvc on the whole application, with a browser's SESSION
 * cookie (Spring Session JDBC) carried from response to request and a clock the tests move.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FranceConnectMvcTest.Clocks.class) // nested in an abstract class, it would not be found by itself
abstract class FranceConnectMvcTest {

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
}
