package org.ameliwalkthrough.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.ameliwalkthrough.support.PracticeData;
import org.ameliwalkthrough.support.PracticeSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 11: a hand-made {@code lang} cookie once made every page a 500. Every GET page the
 * controllers map ({@link Endpoints}, so a new page is covered without a list to update), for a
 * visitor in the middle of route 1, answers with such a cookie exactly as without one: same status,
 * same language, never a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedLangCookieEveryPageTest {

    static final List<String> MALFORMED = List.of("\"fr\"", "<script>", "xx-invalid");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageAnswersAsIfTheCookieWereNotThere() throws Exception {
        PracticeData.forgetAttempts(jdbc);
        PracticeSession emma = new PracticeSession(mvc);
        assertThat(emma.emmaThroughContact().getRedirectedUrl()).isEqualTo("/practice/check-answers");
        List<String> pages = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.of(mappings)) {
            if (endpoint.methods().contains(HttpMethod.GET) && !endpoint.json()) {
                pages.addAll(endpoint.concretePaths());
            }
        }
        pages.removeIf(path -> path.startsWith("/practice/restart")); // GET or not, it ends the journey

        int ok = 0;
        for (String page : pages) {
            MockHttpServletResponse plain = get(emma, page, null);
            for (String value : MALFORMED) {
                MockHttpServletResponse response = get(emma, page, value);
                assertThat(response.getStatus())
                        .as("%s with lang=%s", page, value)
                        .isEqualTo(plain.getStatus())
                        .isLessThan(500);
                if (response.getStatus() == 200
                        && String.valueOf(response.getContentType()).startsWith("text/html")) {
                    assertThat(Jsoup.parse(response.getContentAsString())
                                    .selectFirst("html")
                                    .attr("lang"))
                            .as("%s with lang=%s: in the visitor's language, as without the cookie", page, value)
                            .isEqualTo("en");
                    ok++;
                }
            }
        }
        assertThat(pages).contains("/", "/check", "/practice", "/practice/check-answers", "/practice/mailbox");
        assertThat(ok).as("pages that answered 200").isGreaterThan(3 * 30);
    }

    private MockHttpServletResponse get(PracticeSession user, String page, String lang) throws Exception {
        var request = MockMvcRequestBuilders.get(page).accept("text/html");
        if (lang != null) {
            request.cookie(new Cookie("lang", lang));
        }
        return user.perform(request);
    }
}
