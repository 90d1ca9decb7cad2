package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * The pages with a form served from memory are the pages the application renders, but for the CSRF
 * token: same bytes around it, same headers, a token of their own that Spring Security accepts. With a
 * session (answers, a journey) the page is rendered as before. Against the real server, so every
 * filter and Tomcat's valves have their say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormPageCacheTest {

    static final List<String> PAGES = List.of("/check", "/practice", "/stay-safe/spot-the-fake");

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<FormPageCache> registration;

    @Autowired
    FilterRegistrationBean<PageCache> informationPages;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startEmpty() {
        registration.getFilter().clear();
        informationPages.getFilter().clear();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String cookies) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> tokens(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("input[name=_csrf]").eachAttr("value");
    }

    static String token(HttpResponse<String> page) {
        List<String> tokens = tokens(page);
        assertThat(tokens).isNotEmpty();
        assertThat(tokens).as("one masked token per response").containsOnly(tokens.get(0));
        return tokens.get(0);
    }

    static String withoutTokens(HttpResponse<String> page) {
        return page.body().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"");
    }

    /** The XSRF-TOKEN cookie the response sets, as {@code name=value}. */
    static String xsrfCookie(HttpResponse<String> page) {
        return cookie(page, "XSRF-TOKEN");
    }

    static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, List<String>> comparable(HttpResponse<String> page) {
        Map<String, List<String>> kept = new TreeMap<>();
        page.headers().map().forEach((name, values) -> kept.put(name.toLowerCase(java.util.Locale.ROOT), values));
        Stream.of("date", "content-length", "transfer-encoding").forEach(kept::remove);
        kept.computeIfPresent(
                "set-cookie",
                (name, values) -> values.stream()
                        .map(c -> c.replaceFirst("^XSRF-TOKEN=[^;]*", "XSRF-TOKEN=…"))
                        .toList());
        return kept;
    }

    static Stream<Arguments> pagesInBothLanguages() {
        return PAGES.stream().flatMap(p -> Stream.of(Arguments.of(p, "en"), Arguments.of(p, "fr")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothLanguages")
    void fromMemoryIsTheRenderedPageButForItsOwnToken(String page, String language) throws Exception {
        // A query the page does not read goes through the whole application: the page as rendered today.
        HttpResponse<String> rendered = get(page + "?rendered", "Accept-Language", language);
        HttpResponse<String> first = get(page, "Accept-Language", language);
        HttpResponse<String> fromMemory = get(page, "Accept-Language", language);

        assertThat(registration.getFilter().size()).isEqualTo(1);
        assertThat(fromMemory.statusCode()).isEqualTo(200);
        assertThat(withoutTokens(fromMemory)).isEqualTo(withoutTokens(rendered)).isEqualTo(withoutTokens(first));
        assertThat(fromMemory.body()).doesNotContain("csrf-marker");
        assertThat(comparable(fromMemory)).isEqualTo(comparable(first)).isEqualTo(comparable(rendered));
        assertThat(fromMemory.headers().firstValue("ETag"))
                .as("a per-request token: no ETag")
                .isEmpty();
        assertThat(List.of(token(rendered), token(first), token(fromMemory))).doesNotHaveDuplicates();
        assertThat(xsrfCookie(fromMemory)).isNotEqualTo(xsrfCookie(first));
        assertThat(Jsoup.parse(fromMemory.body()).selectFirst("html").attr("lang"))
                .isEqualTo(language);
    }

    @Test
    void aTokenFromMemoryIsAcceptedAndATamperedOneRefused() throws Exception {
        get("/check");
        HttpResponse<String> page = get("/check");
        assertThat(registration.getFilter().size()).isEqualTo(1);
        String cookie = xsrfCookie(page);

        HttpResponse<String> checked =
                post("/check", Map.of("_csrf", token(page), "nir", "1 85 05 78 006 084 91"), cookie);
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(checked.body()).select(".check-result")).isNotEmpty();

        String token = token(page);
        int middle = token.length() / 2;
        String tampered =
                token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);
        assertThat(post("/check", Map.of("_csrf", tampered, "nir", "1 85 05 78 006 084 91"), cookie)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/check", Map.of("_csrf", token(page), "nir", "1 85 05 78 006 084 91"), "XSRF-TOKEN=other")
                        .statusCode())
                .as("the token belongs to its cookie")
                .isEqualTo(403);
    }

    @Test
    void aTokenThatUnmasksToBytesThatAreNotUtf8IsRefusedNotAnError() throws Exception {
        get("/check");
        String cookie = xsrfCookie(get("/check"));
        String notUtf8 = MaskedTokensTest.unmaskingToNotUtf8(cookie.substring(cookie.indexOf('=') + 1));
        assertThat(post("/check", Map.of("_csrf", notUtf8, "nir", "1 85 05 78 006 084 91"), cookie)
                        .statusCode())
                .as("Spring Security's handler throws on these: a 500 before MaskedTokens")
                .isEqualTo(403);
    }

    @Test
    void theCookieIsSetWhenAbsentAndKeptWhenPresent() throws Exception {
        get("/check");
        String cookie = xsrfCookie(get("/check"));
        HttpResponse<String> again = get("/check", "Cookie", cookie);
        assertThat(registration.getFilter().size()).isEqualTo(1);
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> third = get("/check", "Cookie", cookie);
        assertThat(token(third)).as("masked afresh each time").isNotEqualTo(token(again));
        for (HttpResponse<String> page : List.of(again, third)) {
            assertThat(post("/check", Map.of("_csrf", token(page), "iban", "FR76 3000 6000 0112 3456 7890 189"), cookie)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void spotTheFakeWithAnswersInTheSessionShowsThem() throws Exception {
        get("/stay-safe/spot-the-fake");
        HttpResponse<String> page = get("/stay-safe/spot-the-fake");
        Document exercise = Jsoup.parse(page.body());
        String action = exercise.selectFirst("form.spot-answer").attr("action");
        String cookie = xsrfCookie(page);

        HttpResponse<String> answered = post(action, Map.of("_csrf", token(page), "answer", "fake"), cookie);
        assertThat(answered.statusCode()).isEqualTo(302);
        String session = cookie(answered, "SESSION");

        HttpResponse<String> withAnswers = get("/stay-safe/spot-the-fake", "Cookie", cookie + "; " + session);
        assertThat(Jsoup.parse(withAnswers.body()).select(".spot-feedback")).hasSize(1);
        assertThat(Jsoup.parse(get("/stay-safe/spot-the-fake").body()).select(".spot-feedback"))
                .as("still nothing answered for a visitor without a session")
                .isEmpty();
    }

    @Test
    void thePracticeStartInASessionShowsWhatItShowsToday() throws Exception {
        get("/practice");
        HttpResponse<String> page = get("/practice");
        assertThat(Jsoup.parse(page.body()).select("#idle-warning")).isEmpty();
        String cookie = xsrfCookie(page);

        HttpResponse<String> chosen =
                post("/practice/persona", Map.of("_csrf", token(page), "persona", "emma"), cookie);
        assertThat(chosen.statusCode()).isEqualTo(302);
        String session = cookie(chosen, "SESSION");

        HttpResponse<String> inSession = get("/practice", "Cookie", cookie + "; " + session);
        assertThat(Jsoup.parse(inSession.body()).select("#idle-warning"))
                .as("the idle warning of a page shown in a session")
                .hasSize(1);
        assertThat(registration.getFilter().size()).isEqualTo(1);
    }

    @Test
    void anyOtherQueryOrAMethodOtherThanGetIsRendered() throws Exception {
        get("/check");
        get("/check?lang=fr");
        assertThat(registration.getFilter().size()).isEqualTo(2);
        get("/check?nir=1");
        get("/practice", "Cookie", "SESSION=bm90LWEtc2Vzc2lvbg");
        assertThat(registration.getFilter().size()).as("neither kept a page").isEqualTo(2);
    }

    @Test
    void whatIsFranceConnectIsAnInformationPageNow() throws Exception {
        get("/practice-franceconnect/what-is-franceconnect");
        HttpResponse<String> page = get("/practice-franceconnect/what-is-franceconnect");
        assertThat(page.headers().firstValue("ETag")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(informationPages.getFilter().size()).isEqualTo(1);
    }
}
