package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Hashed asset URLs: links rewritten by a map look-up, the bytes served from memory with a year's cache. */
class StaticAssetsTest {

    final StaticAssets assets = StaticAssets.load(new PathMatchingResourcePatternResolver());

    @Test
    void linksToOurAssetsCarryTheirDigestAndOtherLinksAreLeftAlone() throws Exception {
        AtomicReference<String> css = new AtomicReference<>();
        AtomicReference<String> page = new AtomicReference<>();
        HttpServlet render = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                css.set(response.encodeURL("/css/site.css"));
                page.set(response.encodeURL("/guide"));
            }
        };
        assets.links()
                .doFilter(
                        new MockHttpServletRequest("GET", "/guide"),
                        new MockHttpServletResponse(),
                        new MockFilterChain(render));
        assertThat(css.get()).matches("/css/site\\.[A-Za-z0-9_-]{12}\\.css");
        assertThat(page.get()).isEqualTo("/guide");
        assertThat(assets.link("/js/site.js")).matches("/js/site\\.[A-Za-z0-9_-]{12}\\.js");
        assertThat(assets.link("/favicon.svg")).matches("/favicon\\.[A-Za-z0-9_-]{12}\\.svg");
        assertThat(assets.link("/no-such.css")).isEqualTo("/no-such.css");
    }

    @Test
    void theHashedUrlServesTheFileWithAYearsImmutableCacheGzippedWhenAsked() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/main/resources/static/css/site.css"));
        MockHttpServletResponse plain = get(assets.link("/css/site.css"), null);
        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(plain.getContentAsByteArray()).isEqualTo(file);
        assertThat(plain.getContentType()).isEqualTo("text/css");
        assertThat(plain.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

        MockHttpServletResponse zipped = get(assets.link("/css/site.css"), "gzip");
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getContentAsByteArray().length).isLessThan(file.length / 3);
    }

    @Test
    void aChangedFileIsANewUrlAndTheOldOneIsNotServedFromMemory() throws Exception {
        String hashed = assets.link("/css/site.css");
        String stale = hashed.replaceFirst("\\.[^.]+\\.css$", ".AAAAAAAAAAAA.css");
        MockHttpServletResponse response = get(stale, null);
        assertThat(response.getHeader("Cache-Control")).isNull(); // left to Spring's handler: a 404 there
    }

    private MockHttpServletResponse get(String path, String acceptEncoding)
            throws IOException, jakarta.servlet.ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        assets.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
