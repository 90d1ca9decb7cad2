package org.ameliwalkthrough.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The 429 page in a real browser, in both languages, scanned by axe. One journey start an hour from
 * 127.0.0.1 in this context only (the persona limit is kept in this server's memory).
 */
@TestPropertySource(properties = {"ratelimit.limits.persona.capacity=1", "ratelimit.limits.persona.period=1h"})
class TooManyRequestsBrowserIT extends BrowserTest {

    @Test
    void theSecondStartIsRefusedWithAnAccessiblePageInBothLanguages() {
        open("/practice?lang=en");
        clickAndLoad(find("#persona-emma"));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/documents");

        open("/practice?lang=en");
        clickAndLoad(find("#persona-emma"));
        assertThat(find("h1").getText()).isEqualTo("Too many tries from this connection");
        assertThat(find("main").getText()).containsPattern("Wait [0-9]+ minutes and try again");
        assertAccessibleAtBothWidths("too-many-requests-en");

        open("/practice?lang=fr");
        clickAndLoad(find("#persona-emma"));
        assertThat(find("h1").getText()).isEqualTo("Trop d’essais depuis cette connexion");
        assertAccessibleAtBothWidths("too-many-requests-fr");
    }
}
