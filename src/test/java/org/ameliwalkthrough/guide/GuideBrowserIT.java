package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Every page reachable from the start page, in both languages, at desktop and phone widths. */
class GuideBrowserIT extends BrowserTest {

    private static final int MAX_PAGES = 60;

    @Test
    void everyPageReachableFromTheStartPageIsAccessibleInBothLanguages() {
        Set<String> pages = crawl("/");
        assertThat(pages).contains("/");
        for (String path : pages) {
            for (String lang : new String[] {"en", "fr"}) {
                open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(find("html").getAttribute("lang")).as(path).isEqualTo(lang);
                assertThat(driver.getTitle()).as(path).isNotBlank();
                assertThat(findAll("h1")).as("one h1 on " + path).hasSize(1);
                assertThat(find(".practice-banner").getText()).isNotBlank();
                assertAccessibleAtBothWidths(path + "-" + lang);
            }
        }
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToMain() {
        open("/?lang=en");
        find("body").sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getAttribute("class")).contains("skip-link");
        assertThat(first.isDisplayed()).isTrue();
        first.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
    }

    @Test
    void languageSwitchKeepsThePageAndIsRemembered() {
        open("/?lang=en");
        find("a.lang-switch").click();
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        open("/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        open("/?lang=en");
    }

    /** Same-origin pages linked from the start page and from the pages it links to, without the lang switch. */
    private Set<String> crawl(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            open(path);
            for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
                URI uri = URI.create(link.getAttribute("href"));
                if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
                    continue;
                }
                String query = uri.getQuery();
                if (query != null && query.contains("lang=")) {
                    continue;
                }
                String next = uri.getPath() + (query == null ? "" : "?" + query);
                if (!seen.contains(next) && !next.startsWith("/api/")) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
