package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The rules of the page cache that need no server: what is kept, what is refused, how a client is answered. */
class CachedResponseTest {

    final AtomicInteger renders = new AtomicInteger();

    /** A page as an application would render it, counting renders; {@code cookie} and {@code status} vary it. */
    HttpServlet page(String cookie, int status) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                renders.incrementAndGet();
                response.setStatus(status);
                response.setContentType("text/html;charset=UTF-8");
                response.setLocale(Locale.ENGLISH);
                response.setHeader("Cache-Control", "no-store");
                if (cookie != null) {
                    response.addHeader("Set-Cookie", cookie);
                }
                response.getOutputStream().write("<html lang=en>page</html>".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    MockHttpServletResponse twice(PageCache cache, HttpServlet page, String path) throws Exception {
        MockHttpServletResponse response = null;
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            response = new MockHttpServletResponse();
            cache.doFilter(request, response, new MockFilterChain(page));
        }
        return response;
    }

    PageCache cache() {
        return new PageCache(List.of("/info"), new LocaleConfig().localeResolver());
    }

    @Test
    void aListedPageIsRenderedOnceAndReplayed() throws Exception {
        MockHttpServletResponse second = twice(cache(), page(null, 200), "/info");
        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo("<html lang=en>page</html>");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(second.getHeader("Content-Language")).isEqualTo("en");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aPageThatSetsAnotherCookieOrFailsIsRenderedEachTime() throws Exception {
        MockHttpServletResponse tokened = twice(cache(), page("XSRF-TOKEN=abc; Path=/", 200), "/info");
        assertThat(renders).hasValue(2);
        assertThat(tokened.getHeader("ETag")).isNull();

        renders.set(0);
        twice(cache(), page(null, 503), "/info");
        assertThat(renders).hasValue(2);
    }

    @Test
    void anUnlistedPathIsNeverKept() throws Exception {
        twice(cache(), page(null, 200), "/other");
        assertThat(renders).hasValue(2);
    }

    @Test
    void parametersWithoutAQueryAreNeverKeptEither() throws Exception {
        PageCache cache = cache();
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/info");
            request.setParameter("asked", "yes"); // as MockMvc's param() does: no query string
            cache.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(page(null, 200)));
        }
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            value = {"NULL, true", "lang=en, true", "lang=fr, true", "lang=de, false", "lang=fr&x=1, false", "x, false"
            },
            nullValues = "NULL")
    void onlyNoQueryOrTheLanguageSwitchQualifies(String query, boolean plain) {
        assertThat(PageCache.plainQuery(query)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "NULL| false",
                "gzip| true",
                "gzip, deflate, br| true",
                "br;q=1.0, gzip;q=0.5| true",
                "gzip;q=0| false",
                "*| true",
                "gzip;q=0, *| false",
                "identity| false",
                "gzip;q=oops| false"
            },
            delimiter = '|',
            nullValues = "NULL")
    void gzipOnlyForClientsThatAcceptIt(String acceptEncoding, boolean gzip) {
        assertThat(CachedResponse.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @Test
    void eitherTagOrAnyTagIsAMatch() {
        CachedResponse page =
                CachedResponse.of("text/html", Locale.ENGLISH, List.of(), "x".getBytes(StandardCharsets.UTF_8));
        assertThat(page.matches(page.etag())).isTrue();
        assertThat(page.matches("\"other\", W/" + page.gzipEtag())).isTrue();
        assertThat(page.matches("*")).isTrue();
        assertThat(page.matches("\"other\"")).isFalse();
        assertThat(page.matches(null)).isFalse();
    }

    @Test
    void aPageOfASessionFeatureCannotBeListed() {
        assertThatThrownBy(() -> PageCacheConfig.refuseSessionPages(
                        List.of("/help", "/practice-franceconnect/choose"),
                        List.of("/practice-franceconnect"),
                        List.of("/practice-franceconnect/what-is-franceconnect")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose");
        PageCacheConfig.refuseSessionPages(
                List.of("/", "/stay-safe", "/practice-franceconnect/what-is-franceconnect"),
                List.of("/stay-safe/spot-the-fake", "/practice-franceconnect"),
                List.of("/practice-franceconnect/what-is-franceconnect"));
    }

    @Test
    void aFormPageCannotAlsoBeAnInformationPage() {
        assertThatThrownBy(() -> PageCacheConfig.refuseBoth(List.of("/check", "/practice"), List.of("/", "/practice")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/practice");
        PageCacheConfig.refuseBoth(List.of("/check"), List.of("/", "/guide"));
    }

    @Test
    void offWhenTemplatesAreNotCached() {
        var beans = new StaticListableBeanFactory();
        var config = new PageCacheConfig();
        var resolver = new LocaleConfig().localeResolver();
        assertThat(config.pageCache(
                                beans.getBeanProvider(InformationPages.class),
                                beans.getBeanProvider(SessionPages.class),
                                resolver,
                                false)
                        .isEnabled())
                .isFalse();
        assertThat(config.pageCache(
                                beans.getBeanProvider(InformationPages.class),
                                beans.getBeanProvider(SessionPages.class),
                                resolver,
                                true)
                        .isEnabled())
                .isTrue();
    }
}
