package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The database outage answer, and which pages may look the session up. */
class DatabaseOutageTest {

    @RestController
    static class NeedsTheDatabase {

        @GetMapping("/practice/no-connection")
        String noConnection() {
            throw new CannotGetJdbcConnectionException("pool timed out");
        }

        @GetMapping("/practice/no-transaction")
        String noTransaction() {
            throw new CannotCreateTransactionException("no connection for the transaction");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new NeedsTheDatabase())
            .setControllerAdvice(new DatabaseOutage())
            .build();

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() throws Exception {
        for (String path : new String[] {"/practice/no-connection", "/practice/no-transaction"}) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS));
        }
    }

    /** What the page's code (Thymeleaf, Spring MVC's flash attributes) gets when it asks for the session. */
    /** What the simulator and spot-the-fake declare as {@link SessionPages} in the application. */
    static final java.util.List<String> FEATURE_PAGES = java.util.List.of("/practice", "/stay-safe/spot-the-fake");

    static HttpSession seenBy(String path, DispatcherType type) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setDispatcherType(type);
        request.getSession().setAttribute("practice.journey", "kept");
        AtomicReference<HttpSession> seen = new AtomicReference<>();
        new SessionFreePages(FEATURE_PAGES)
                .doFilter(
                        request,
                        new MockHttpServletResponse(),
                        (req, res) -> seen.set(((HttpServletRequest) req).getSession(false)));
        return seen.get();
    }

    /** As Tomcat does: the error dispatch of a request the filter already went through. */
    static HttpSession errorPageAfterTheRequestSees(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.getSession().setAttribute("practice.journey", "kept");
        SessionFreePages filter = new SessionFreePages(FEATURE_PAGES);
        AtomicReference<HttpSession> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            request.setDispatcherType(DispatcherType.ERROR);
            filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    (errorReq, errorRes) -> seen.set(((HttpServletRequest) errorReq).getSession(false)));
        });
        return seen.get();
    }

    @Test
    void onlyPagesThatKeepSomethingInTheSessionLookItUp() throws Exception {
        for (String path : new String[] {"/glossary", "/check", "/api/check/nir", "/", "/guide", "/stay-safe"}) {
            assertThat(seenBy(path, DispatcherType.REQUEST)).as(path).isNull();
        }
        for (String path :
                new String[] {"/practice/iban", "/practice-franceconnect/consent", "/stay-safe/spot-the-fake"}) {
            assertThat(seenBy(path, DispatcherType.REQUEST)).as(path).isNotNull();
        }
        assertThat(seenBy("/practice/iban", DispatcherType.ERROR))
                .as("the error page")
                .isNull();
        assertThat(errorPageAfterTheRequestSees("/practice/iban"))
                .as("the error page of a request already filtered")
                .isNull();
    }

    @Test
    void pagesAFeatureDeclaresSessionFreeInsideItsPrefixNeverLookItUp() throws Exception {
        SessionFreePages filter = new SessionFreePages(FEATURE_PAGES, java.util.List.of("/practice/personas/"));
        for (String path : new String[] {"/practice/personas/emma/pack", "/practice/personas/packs"}) {
            assertThat(seenThrough(filter, path)).as(path).isNull();
        }
        assertThat(seenThrough(filter, "/practice/documents")).isNotNull();
        assertThat(seenThrough(new SessionFreePages(FEATURE_PAGES), "/practice/personas/emma/pack"))
                .as("without the declaration the prefix /practice covers it")
                .isNotNull();
    }

    private static HttpSession seenThrough(SessionFreePages filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.getSession().setAttribute("practice.journey", "kept");
        AtomicReference<HttpSession> seen = new AtomicReference<>();
        filter.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> seen.set(((HttpServletRequest) req).getSession(false)));
        return seen.get();
    }

    @Test
    void afterTheStoreFailedOnceTheRequestDoesNotWaitForItAgain() throws Exception {
        AtomicInteger lookUps = new AtomicInteger();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/practice/iban") {
            @Override
            public HttpSession getSession(boolean create) {
                lookUps.incrementAndGet();
                throw new CannotCreateTransactionException("pool timed out");
            }
        };
        new SessionFreePages(FEATURE_PAGES).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            HttpServletRequest http = (HttpServletRequest) req;
            assertThatThrownBy(() -> http.getSession(false)).isInstanceOf(CannotCreateTransactionException.class);
            assertThat(http.getSession(false)).isNull(); // e.g. Spring MVC logging the request
            assertThatThrownBy(http::getSession).isInstanceOf(CannotCreateTransactionException.class);
        });
        assertThat(lookUps).hasValue(1);
    }

    @Test
    void aStoreFailureOutsideAControllerIsA503Too() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionFreePages(FEATURE_PAGES)
                .doFilter(new MockHttpServletRequest("GET", "/practice/iban"), response, (req, res) -> {
                    throw new jakarta.servlet.ServletException(
                            "Request processing failed", new CannotCreateTransactionException("pool timed out"));
                });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
    }
}
