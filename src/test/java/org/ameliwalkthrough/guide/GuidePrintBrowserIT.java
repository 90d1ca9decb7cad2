package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Printed guide pages keep the content and the practice banner, drop the menu, and show where links go. */
class GuidePrintBrowserIT extends BrowserTest {

    @AfterEach
    void screenMedia() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/guide", "/help", "/where-to-find-your-numbers"})
    void printedPageHasContentWithoutNavigation(String path) {
        open(path + "?lang=en");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        screenshot("print" + path);

        assertThat(find("nav.site-nav").isDisplayed()).isFalse();
        assertThat(find("a.lang-switch").isDisplayed()).isFalse();
        assertThat(find(".practice-banner").isDisplayed()).isTrue();
        assertThat(find("main h1").isDisplayed()).isTrue();
        String after = (String) driver.executeScript("var a = document.querySelector('main a[href^=\"/\"]');"
                + "return a ? getComputedStyle(a, '::after').content : '';");
        assertThat(after).as("a printed link shows its address").contains("/");
    }
}
