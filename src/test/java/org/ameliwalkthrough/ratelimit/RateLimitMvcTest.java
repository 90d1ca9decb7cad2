package org.ameliwalkthrough.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ameliwalkthrough.franceconnect.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The limits per client address, set tiny here (2 an hour) and on a clock the test holds still, so
 * every number is exact: the third request is refused with Retry-After 1800 (the next token comes in
 * 30 minutes). Each test sends from its own address, as the other tests' 127.0.0.1 must never meet
 * these limits. The clock starts at the real time so that other contexts' purges (on their clocks)
 * never remove this one's buckets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RateLimitMvcTest.Clocks.class)
@TestPropertySource(
        properties = {
            "ratelimit.limits.api.capacity=2",
            "ratelimit.limits.api.period=1h",
            "ratelimit.limits.persona.capacity=2",
            "ratelimit.limits.persona.period=1h",
            "ratelimit.limits.practice-login.capacity=2",
            "ratelimit.limits.practice-login.period=1h",
            "ratelimit.limits.login-code.capacity=2",
            "ratelimit.limits.login-code.period=1h",
            "ratelimit.limits.impots-login.capacity=2",
            "ratelimit.limits.impots-login.period=1h",
            "ratelimit.limits.workshop-join.capacity=2",
            "ratelimit.limits.workshop-join.period=1h"
        })
class RateLimitMvcTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock rateLimitClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RateLimitProperties properties;

    /** This test's client address: one of its own, so no test spends another's tokens. */
    String address;

    @BeforeEach
    void newAddress() {
        int n = ADDRESSES.incrementAndGet();
        address = "10.0." + (n / 250) + "." + (1 + n % 250);
    }

    @AfterEach
    void forgetBuckets() {
        jdbc.sql("DELETE FROM rate_limit_bucket").update();
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    MockHttpServletResponse practiceLogin(String language) throws Exception {
        return send(post("/practice/login")
                .with(csrf())
                .header("Accept-Language", language)
                .param("nir", "2 88 04 99 132 047")
                .param("password", "wrong"));
    }

    @Test
    void theThirdLoginFromOneAddressGetsThe429PageInTheLayout() throws Exception {
        assertThat(practiceLogin("en").getStatus()).isEqualTo(302);
        assertThat(practiceLogin("en").getStatus()).isEqualTo(302);
        MockHttpServletResponse refused = practiceLogin("en");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1800");
        assertThat(refused.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main#main-content h1").text()).isEqualTo("Too many tries from this connection");
        assertThat(page.title()).isEqualTo("Too many tries from this connection – Ameli Walkthrough");
        assertThat(page.select("main").text()).contains("Wait 30 minutes and try again", "shared connection");
        assertThat(page.select(".practice-banner")).hasSize(1);
        assertThat(page.select("a.lang-switch").attr("href")).isEqualTo("/practice/login?lang=fr");
    }

    /** Issue 13: guessing workshop codes is limited per address, in the database like the logins. */
    @Test
    void guessingWorkshopCodesIsLimitedAndSharedInTheDatabase() throws Exception {
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse wrong = send(
                    post("/join").with(csrf()).param("code", "XXXXX" + (3 + i)).param("name", "Red kite"));
            assertThat(wrong.getStatus()).isEqualTo(200);
            assertThat(wrong.getContentAsString()).contains("no workshop with this code");
        }
        MockHttpServletResponse refused =
                send(post("/join").with(csrf()).param("code", "XXXXX9").param("name", "Red kite"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE 'workshop-join%'")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    /** A pack asked for with ?workshop= tells whether the code is open: a guess, counted as one. */
    @Test
    void packsNamingAWorkshopCountAsTriesAtJoiningAndPlainPacksDoNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/practice/personas/david/pack")).getStatus()).isEqualTo(200);
        }
        assertThat(send(get("/practice/personas/david/pack").param("workshop", "XXXXX3"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(get("/practice/personas/packs").param("keys", "david").param("workshop", "XXXXX4"))
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(get("/practice/personas/david/pack").param("workshop", "XXXXX6"))
                        .getStatus())
                .isEqualTo(429);
        assertThat(send(get("/practice/personas/packs").param("keys", "david")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void the429PageSpeaksFrench() throws Exception {
        practiceLogin("fr");
        practiceLogin("fr");
        MockHttpServletResponse refused = practiceLogin("fr");
        assertThat(refused.getStatus()).isEqualTo(429);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Trop d’essais depuis cette connexion");
        assertThat(page.select("main").text()).contains("Attendez 30 minutes puis réessayez", "connexion partagée");
    }

    @Test
    void aFreshSessionDoesNotResetTheLimit() throws Exception {
        MockHttpServletResponse first =
                send(post("/practice/persona").with(csrf()).param("persona", "emma"));
        Cookie session = first.getCookie("SESSION");
        assertThat(session).as("a journey opens a session").isNotNull();
        assertThat(send(post("/practice/persona").with(csrf()).cookie(session).param("persona", "emma"))
                        .getStatus())
                .isEqualTo(302);
        // No cookie: a new visitor as far as sessions go, the same address as far as limits go.
        MockHttpServletResponse fresh =
                send(post("/practice/persona").with(csrf()).param("persona", "emma"));
        assertThat(fresh.getStatus()).isEqualTo(429);
        assertThat(fresh.getCookie("SESSION"))
                .as("a refused start opens no session")
                .isNull();
    }

    @Test
    void anotherAddressIsNotHeldBack() throws Exception {
        practiceLogin("en");
        practiceLogin("en");
        assertThat(practiceLogin("en").getStatus()).isEqualTo(429);
        address = address.replace("10.0.", "10.1.");
        assertThat(practiceLogin("en").getStatus()).isEqualTo(302);
    }

    @Test
    void theLimitLiftsAsTheBucketRefills() throws Exception {
        practiceLogin("en");
        practiceLogin("en");
        assertThat(practiceLogin("en").getStatus()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(29));
        MockHttpServletResponse stillRefused = practiceLogin("en");
        assertThat(stillRefused.getStatus()).isEqualTo(429);
        assertThat(stillRefused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(Jsoup.parse(stillRefused.getContentAsString()).text()).contains("Wait 1 minute and");
        clock.advance(Duration.ofMinutes(1));
        assertThat(practiceLogin("en").getStatus()).isEqualTo(302);
        assertThat(practiceLogin("en").getStatus()).isEqualTo(429);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/practice/login/code", "/practice-franceconnect/impots", "/practice/persona"})
    void everyGuardedFormIsLimited(String path) throws Exception {
        int first = send(post(path).with(csrf())).getStatus();
        assertThat(first).isNotEqualTo(429);
        send(post(path).with(csrf()));
        MockHttpServletResponse refused = send(post(path).with(csrf()));
        assertThat(refused.getStatus()).as(path).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1800");
    }

    @Test
    void aPageThatGuardsNothingIsNeverLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(post("/check").with(csrf()).param("nir", "1")).getStatus())
                    .isNotEqualTo(429);
        }
    }

    @Test
    void theApiAnswers429InJsonInTheCallersLanguage() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(checkNir("en").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = checkNir("fr");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1800");
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        String json = refused.getContentAsString();
        assertThat(json).contains("\"status\":429", "\"error\":\"too-many-requests\"", "Retry-After", "\"kinds\":[");
        assertThat(json).contains("Trop de vérifications");
    }

    private MockHttpServletResponse checkNir(String lang) throws Exception {
        return send(post("/api/check/nir?lang=" + lang)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":\"2 88 04 99 132 047 30\"}"));
    }

    /** A second instance on the same database sees the tries this one counted: the table is the state. */
    @Test
    void guessingLimitsHoldAcrossInstances() throws Exception {
        practiceLogin("en");
        practiceLogin("en");
        RateLimiter otherInstance = new RateLimiter(properties, dataSource, clock);
        assertThat(otherInstance.tryAcquire(RateLimit.PRACTICE_LOGIN, address)).hasValue(Duration.ofMinutes(30));
        assertThat(otherInstance.tryAcquire(RateLimit.IMPOTS_LOGIN, address)).isEmpty();
        // What the table keeps: the limit and a hash, never the address.
        assertThat(jdbc.sql("SELECT id FROM rate_limit_bucket")
                        .query(String.class)
                        .list())
                .contains(RateLimiter.sharedKey(RateLimit.PRACTICE_LOGIN, address))
                .noneMatch(id -> id.contains(address));
    }

    /** Flood limits stay in each instance's memory: no database round trip on the busiest endpoint. */
    @Test
    void floodLimitsAreCountedPerInstance() throws Exception {
        checkNir("en");
        checkNir("en");
        assertThat(checkNir("en").getStatus()).isEqualTo(429);
        RateLimiter otherInstance = new RateLimiter(properties, dataSource, clock);
        assertThat(otherInstance.tryAcquire(RateLimit.API, address)).isEmpty();
    }

    /** The purge removes a bucket once it is full again (plus a minute), and not before. */
    @Test
    void refilledBucketsArePurged() throws Exception {
        practiceLogin("en");
        RateLimiter limiter = new RateLimiter(properties, dataSource, clock);
        clock.advance(Duration.ofMinutes(30)); // half an hour refills the one token used
        assertThat(limiter.purgeExpired()).isZero();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(limiter.purgeExpired()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
