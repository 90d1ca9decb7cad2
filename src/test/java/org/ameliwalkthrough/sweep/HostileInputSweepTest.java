package org.ameliwalkthrough.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form and API endpoint, listed from the controllers ({@link Endpoints}), gets hostile input:
 * very long text, controls and NUL, blank-looking and right-to-left characters, markup, SQL,
 * emoji, invalid UTF-8, duplicated and missing parameters, wrong methods and content types, forged
 * cookies. Nothing may answer 5xx, echo markup unescaped or show exception text, and a journey's
 * earlier valid answers must come out unchanged. Its logs, like both complete routes', must hold
 * no secret ({@link LogPrivacyTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class HostileInputSweepTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    static final List<String> PAYLOADS = List.of(
            "x".repeat(5_000),
            "a\u0000b\u0001\u001b[31m\r\n\u202e\u200f2880499132047",
            "\u00a0\u202f\ufeff\u200b",
            SCRIPT + "\"><img src=x onerror=alert(1)>' OR '1'='1'; DROP TABLE practice_account; --",
            "\ud83d\ude00\ud83d\udc4d\ud83c\udffd\u200d\ud800",
            "%FF%00",
            "");

    static final List<Cookie> FORGED_COOKIES = List.of(
            new Cookie("SESSION", "Zm9yZ2Vk"),
            new Cookie("XSRF-TOKEN", "forged-token"),
            new Cookie("lang", "de"),
            new Cookie("lang", "\"fr\""),
            new Cookie("lang", "<script>"));

    /**
     * Addresses whose purpose is to move the journey on without any answer (start again, choose a
     * persona, send the finished form, leave for FranceConnect): swept only by a visitor without one.
     */
    static final Set<String> MOVE_ON_BY_DESIGN = Set.of(
            "/practice/restart", "/practice/persona", "/practice/check-answers", "/practice/franceconnect/start");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    int requests;

    @Test
    void noEndpointBreaksOnHostileInputAndEarlierAnswersStay(CapturedOutput log) throws Exception {
        PracticeData.forgetAttempts(jdbc);
        List<Endpoints.Endpoint> endpoints = Endpoints.of(mappings);
        assertThat(endpoints)
                .extracting(Endpoints.Endpoint::path)
                .contains("/check", "/api/check/{kind}", "/practice/{slug}");

        PracticeSession emma = new PracticeSession(mvc);
        assertThat(emma.emmaThroughContact().getRedirectedUrl()).isEqualTo("/practice/check-answers");
        String answersBefore = answers(emma);

        long start = System.nanoTime();
        PracticeSession stranger = new PracticeSession(mvc);
        for (Endpoints.Endpoint endpoint : endpoints) {
            for (String path : endpoint.concretePaths()) {
                sweep(endpoint, path, stranger);
                if (path.startsWith("/practice") && !MOVE_ON_BY_DESIGN.contains(path)) {
                    sweep(endpoint, path, emma);
                }
            }
        }
        System.err.printf("Swept %d requests in %d s%n", requests, (System.nanoTime() - start) / 1_000_000_000);
        assertThat(answers(emma)).as("Emma's answers after the sweep").isEqualTo(answersBefore);
        assertThat(requests).isGreaterThan(400);
        LogPrivacyTest.assertNoSecrets(log.getOut() + log.getErr(), List.of());
    }

    static String answers(PracticeSession user) throws Exception {
        var page = user.page("/practice/check-answers");
        assertThat(page.select("[data-answer]")).isNotEmpty();
        return page.select("[data-answer]").eachText().toString();
    }

    void sweep(Endpoints.Endpoint endpoint, String path, PracticeSession user) throws Exception {
        {
            for (HttpMethod method : endpoint.methods()) {
                for (String payload : PAYLOADS) {
                    check(endpoint, user, build(endpoint, method, path, payload, false));
                }
                check(endpoint, user, build(endpoint, method, path, "a", true)); // every parameter twice
                check(endpoint, user, build(endpoint, method, path, null, false)); // no parameter at all
            }
            for (HttpMethod wrong : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
                check(
                        endpoint,
                        user,
                        MockMvcRequestBuilders.request(wrong, URI.create(path)).with(csrf()));
            }
            check(
                    endpoint,
                    user,
                    MockMvcRequestBuilders.post(URI.create(path))
                            .with(csrf())
                            .contentType(MediaType.TEXT_PLAIN)
                            .content(SCRIPT));
            check(
                    endpoint,
                    user,
                    MockMvcRequestBuilders.post(URI.create(path))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}));
            for (Cookie cookie : FORGED_COOKIES) {
                check(
                        endpoint,
                        user,
                        MockMvcRequestBuilders.get(URI.create(path)).cookie(cookie));
            }
        }
    }

    static MockHttpServletRequestBuilder build(
            Endpoints.Endpoint endpoint, HttpMethod method, String path, String payload, boolean twice) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(path));
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (endpoint.json()) {
            String value = payload == null ? "{}" : "{\"value\": \"" + jsonEscape(payload) + "\"}";
            return request.contentType(MediaType.APPLICATION_JSON).content(value.getBytes(StandardCharsets.UTF_8));
        }
        if (payload != null) {
            for (String field : endpoint.fields()) {
                request.param(field, twice ? new String[] {payload, "b"} : new String[] {payload});
            }
        }
        return request;
    }

    void check(Endpoints.Endpoint endpoint, PracticeSession user, MockHttpServletRequestBuilder request)
            throws Exception {
        requests++;
        MockHttpServletResponse response = user.perform(request.header("Accept", "text/html,application/json"));
        String what = endpoint.path() + " " + response.getStatus();
        assertThat(response.getStatus()).as(what).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .as(what)
                .doesNotContain(SCRIPT, "<img src=x", "Exception", "at org.", "java.lang", "Failed to convert");
    }

    static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(
                    c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)
                            ? String.format("\\u%04x", (int) c)
                            : String.valueOf(c));
        }
        return out.toString();
    }

    static Set<String> sorted(List<String> values) {
        return Collections.unmodifiableSet(new TreeSet<>(new ArrayList<>(values)));
    }
}
