package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** The database outage answer, and which pages may read the session for flash attributes. */
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

    static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    static HttpServletRequest withFlashInSession(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        FlashMap flash = new FlashMap();
        flash.put("message", "kept");
        request.getSession().setAttribute(FLASH_MAPS, new java.util.concurrent.CopyOnWriteArrayList<>(List.of(flash)));
        return request;
    }

    @Test
    void onlyPracticePagesReadFlashAttributesFromTheSession() {
        PracticeFlashMaps flashMaps = new PracticeFlashMaps();
        for (String path : new String[] {"/glossary", "/check", "/api/check/nir", "/", "/guide"}) {
            assertThat(flashMaps.retrieveFlashMaps(withFlashInSession(path)))
                    .as(path)
                    .isNull();
        }
        for (String path : new String[] {"/practice/login", "/practice-franceconnect/consent"}) {
            assertThat(flashMaps.retrieveFlashMaps(withFlashInSession(path)))
                    .as(path)
                    .hasSize(1);
        }
    }
}
