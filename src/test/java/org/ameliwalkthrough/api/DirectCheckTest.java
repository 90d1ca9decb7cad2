package org.ameliwalkthrough.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The direct path answers exactly as the controller does: status, every header but Date, and the
 * body's bytes, for each kind of request, sent once with {@link DirectCheck} on and once with it off,
 * over HTTP so that every filter and Tomcat have their say. Each send comes from its own client
 * address ({@code X-Forwarded-For}, which Tomcat trusts from loopback), with a limit of 4 calls, so the
 * rate limit can be met on purpose and nowhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"ratelimit.limits.api.capacity=4", "ratelimit.limits.api.period=1000h"})
class DirectCheckTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** What the API sent on 2026-12-03 before the direct path (curl against main at c5ff7b1). */
    static final List<String> TODAYS_HEADERS = List.of(
            "cache-control",
            "content-length",
            "content-security-policy",
            "content-type",
            "cross-origin-opener-policy",
            "cross-origin-resource-policy",
            "expires",
            "permissions-policy",
            "pragma",
            "referrer-policy",
            "x-content-type-options",
            "x-frame-options",
            "x-xss-protection");

    @LocalServerPort
    int port;

    @Autowired
    DirectCheck direct;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void directAgain() {
        direct.enabled(true);
    }

    record Call(String method, String path, String body, boolean chunked, String... headers) {
        static Call json(String path, String body, String... headers) {
            return new Call("POST", path, body, false, with(headers, "Content-Type", "application/json"));
        }

        private static String[] with(String[] headers, String... more) {
            return Stream.concat(Stream.of(more), Stream.of(headers)).toArray(String[]::new);
        }
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {}

    static Stream<Arguments> ordinary() {
        return Stream.of(
                        Call.json("/api/check/nir", "{\"value\": \"1 85 05 78 006 084 91\"}"),
                        Call.json(
                                "/api/check/nir?lang=fr",
                                "{\"value\": \"1 85 05 78 006 084 36\"}",
                                "Accept-Language",
                                "en"),
                        Call.json(
                                "/api/check/phone",
                                "{\"value\": \"01 23 45 67 8\"}",
                                "Accept-Language",
                                "fr-FR,fr;q=0.9"),
                        Call.json(
                                "/api/check/password",
                                "{\"value\": \"a\"}",
                                "Accept-Encoding",
                                "gzip",
                                "Accept-Language",
                                "fr"),
                        Call.json(
                                "/api/check/email", "{\"value\": \"ada@example.org\", \"other\": 1}", "Accept", "*/*"),
                        Call.json(
                                "/api/check/iban",
                                "{\"value\": \"FR76 3000 6000 0112 3456 7890 189\"}",
                                "Accept",
                                "application/json"),
                        Call.json("/api/check/postcode", "{\"value\": \"75008\"}", "Accept", "text/html, */*;q=0.8"),
                        new Call(
                                "POST",
                                "/api/check/numero-fiscal",
                                "{\"value\": \"1234567890123\"}",
                                false,
                                "Content-Type",
                                "application/json; charset=UTF-8"),
                        new Call(
                                "POST",
                                "/api/check/nir",
                                "{\"value\": \"1 85 05 78 006 084 91\"}",
                                true,
                                "Content-Type",
                                "application/json"))
                .map(Arguments::of);
    }

    static Stream<Arguments> unusual() {
        return Stream.of(
                        Call.json("/api/check/nir", "{"),
                        Call.json("/api/check/nir", "{}"),
                        Call.json("/api/check/nir", ""),
                        Call.json("/api/check/nir", "null"),
                        Call.json("/api/check/nir", "[1,2]"),
                        Call.json("/api/check/nir", "{\"value\": null}"),
                        Call.json("/api/check/iban?lang=fr", "{\"value\": \"" + "F".repeat(257) + "\"}"),
                        Call.json("/api/check/nir", "x".repeat(20_000)),
                        new Call(
                                "POST", "/api/check/nir", "x".repeat(20_000), true, "Content-Type", "application/json"),
                        new Call("POST", "/api/check/nir", "185057800608491", false, "Content-Type", "text/plain"),
                        new Call(
                                "POST",
                                "/api/check/nir",
                                "{\"value\": \"1\"}",
                                false,
                                "Content-Type",
                                "application/json;charset=ISO-8859-1"),
                        Call.json("/api/check/passport", "{\"value\": \"x\"}"),
                        Call.json("/api/check/Nir", "{\"value\": \"x\"}"),
                        Call.json("/api/check/nir/", "{\"value\": \"x\"}"),
                        Call.json("/api/check/nir", "{\"value\": \"x\"}", "Accept", "text/html"),
                        Call.json("/api/check/nir", "{\"value\": \"x\"}", "Accept", "application/json;q=0"),
                        Call.json("/api/check/nir", "{\"value\": \"x\"}", "Accept", "application/json;charset=UTF-8"),
                        new Call("GET", "/api/check/nir?lang=fr", null, false),
                        new Call(
                                "PUT",
                                "/api/check/nir",
                                "{\"value\": \"x\"}",
                                false,
                                "Content-Type",
                                "application/json"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("ordinary")
    void anOrdinaryCallIsAnsweredDirectlyAsTheControllerAnswersIt(Call call) throws Exception {
        long before = direct.answered();
        Answer directly = send(call, newAddress());
        assertThat(direct.answered()).as("answered by the direct path").isEqualTo(before + 1);
        assertThat(directly.status()).isEqualTo(200);
        assertThat(directly.headers().keySet()).containsExactlyElementsOf(TODAYS_HEADERS);
        assertThat(directly).isEqualTo(throughTheController(call));
    }

    @ParameterizedTest
    @MethodSource("unusual")
    void anythingUnusualIsLeftToTheController(Call call) throws Exception {
        long before = direct.answered();
        Answer answer = send(call, newAddress());
        assertThat(direct.answered()).as("left to the controller").isEqualTo(before);
        assertThat(answer).isEqualTo(throughTheController(call));
    }

    static Stream<Arguments> limited() {
        String valid = "{\"value\": \"1 85 05 78 006 084 91\"}";
        return Stream.of(
                        Call.json("/api/check/nir?lang=fr", valid),
                        Call.json("/api/check/nir", valid, "Accept-Encoding", "gzip"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("limited")
    void overTheLimitTheDirectPathAnswersTheControllers429(Call call) throws Exception {
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(send(call, address).status()).isEqualTo(200);
        }
        long before = direct.answered();
        Answer refused = send(call, address);
        assertThat(direct.answered()).isEqualTo(before + 1);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("retry-after")).containsExactly("900000");

        direct.enabled(false);
        String other = newAddress();
        for (int i = 0; i < 4; i++) {
            send(call, other);
        }
        assertThat(refused).isEqualTo(send(call, other));
    }

    /** One token per request, whichever path answers it: 2 left to the controller + 2 direct = the 4 allowed. */
    @Test
    void eachRequestCountsOnceAgainstTheLimit() throws Exception {
        String address = newAddress();
        Call malformed = Call.json("/api/check/nir", "{");
        Call valid = Call.json("/api/check/nir", "{\"value\": \"1 85 05 78 006 084 91\"}");
        assertThat(send(malformed, address).status()).isEqualTo(400);
        assertThat(send(malformed, address).status()).isEqualTo(400);
        assertThat(send(valid, address).status()).isEqualTo(200);
        assertThat(send(valid, address).status()).isEqualTo(200);
        assertThat(send(valid, address).status()).isEqualTo(429);
        assertThat(send(malformed, address).status()).isEqualTo(429);
    }

    private Answer throughTheController(Call call) throws Exception {
        direct.enabled(false);
        try {
            return send(call, newAddress());
        } finally {
            direct.enabled(true);
        }
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private Answer send(Call call, String address) throws Exception {
        HttpRequest.BodyPublisher body;
        if (call.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (call.chunked()) {
            byte[] bytes = call.body().getBytes(StandardCharsets.UTF_8);
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofString(call.body());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .method(call.method(), body)
                .header("X-Forwarded-For", address);
        if (call.headers().length > 0) {
            request.headers(call.headers());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values));
            }
        });
        // gzipped bytes read as Latin-1 compare byte for byte; an error page's timestamp is the one thing that moves
        String text = new String(response.body(), StandardCharsets.ISO_8859_1)
                .replaceAll("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"…\"");
        return new Answer(response.statusCode(), headers, text);
    }
}
