package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.ameliwalkthrough.support.SitePages;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 item 10: a hand-made {@code lang} cookie made every HTML page a 500 ("Encountered invalid
 * locale cookie"). Sent raw to the real server, as a browser would: ignored, replaced, page 200.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedLangCookieTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> pagesAndCookies() {
        return Stream.of("lang=\"fr\"", "lang=<script>", "lang=de")
                .flatMap(cookie -> SitePages.GUIDE.stream().map(page -> Arguments.of(page, cookie)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("pagesAndCookies")
    void aMalformedCookieIsIgnoredAndReplaced(String page, String cookie) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                        .header("Cookie", cookie)
                        .header("Accept-Language", "fr")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang"))
                .as("the header's language, as if there were no cookie")
                .isEqualTo("fr");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("the bad cookie is replaced by the language the page is in")
                .anySatisfy(c -> assertThat(c).startsWith("lang=fr;"));
    }
}
