package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, item 8: a workshop with the keyboard only (Tab, Shift+Tab, Enter, Space) and JavaScript
 * off. The volunteer opens it, a learner joins, and the board's controls (Refresh, a persona pack,
 * the debrief, the close and its confirmation) are each reached by Tab with a visible focus ring.
 * Without JavaScript the board does not update itself: Refresh is how it does.
 */
class WorkshopKeyboardBrowserIT extends BrowserTest {

    private final Map<String, Set<Cookie>> jars = new HashMap<>();
    private String current;

    @Override
    protected boolean javascript() {
        return false;
    }

    @Test
    void aWorkshopByKeyboardWithoutJavaScript() {
        open("/favicon.svg");
        as("volunteer");
        open("/workshop?lang=en");
        tabTo("#size").sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        tabTo("main form button[type=submit]").sendKeys(Keys.ENTER);
        waitFor("/workshop/");
        String code = find("#join-code").getText();
        assertThat(find("#board-summary").getText()).isEqualTo("No learners, 0 stuck");

        String boardTab = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB); // the board stays as it loaded in its own tab
        open("/favicon.svg");
        as("learner");
        open("/join?lang=en");
        tabTo("#code").sendKeys(code);
        tabTo("#name").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Grey owl");
        tabTo("main form button[type=submit]").sendKeys(Keys.ENTER);
        waitFor("/join/welcome");
        tabTo("#start-as").sendKeys(Keys.SPACE);
        waitFor("/practice/documents");
        String learnerTab = driver.getWindowHandle();

        as("volunteer");
        driver.switchTo().window(boardTab);
        assertThat(find("#board-summary").getText())
                .as("no JavaScript: the board shows the rows as they were when it loaded")
                .isEqualTo("No learners, 0 stuck");
        tabTo("#refresh").sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> find("#board-summary").getText().equals("1 learner, 0 stuck"));
        assertThat(find("#board-rows tr th").getText()).isEqualTo("Grey owl");
        assertThat(findAll("#join-code, svg.workshop-qr, #board-table, #debrief-link, #close-link"))
                .as("the whole board without JavaScript")
                .hasSize(5);
        assertNoAxeViolations("workshop-board-keyboard-no-js");

        tabTo("main a[href*=\"/pack?workshop=\"]").sendKeys(Keys.ENTER);
        waitFor("/pack");
        driver.navigate().back();
        tabTo("#debrief-link").sendKeys(Keys.ENTER);
        waitFor("/debrief");
        assertThat(findAll("h1")).hasSize(1);
        driver.navigate().back();

        tabTo("#close-link").sendKeys(Keys.ENTER);
        waitFor("/close");
        tabTo("#keep-open");
        active().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(active().getAttribute("id"))
                .as("Shift+Tab back to the button")
                .isEqualTo("confirm-close");
        assertFocusVisible(active());
        active().sendKeys(Keys.SPACE);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> find("h1").getText().equals("This workshop is closed"));

        as("learner");
        driver.switchTo().window(learnerTab);
        open("/practice/identity");
        waitFor("/join/ended");
    }

    /** Puts away the current person's cookies and takes out the next one's: separate browser sessions. */
    private void as(String person) {
        if (current != null) {
            jars.put(current, new HashSet<>(driver.manage().getCookies()));
        }
        driver.manage().deleteAllCookies();
        jars.getOrDefault(person, Set.of()).forEach(c -> driver.manage().addCookie(c));
        current = person;
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches; checks its focus ring is drawn. */
    private WebElement tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            WebElement now = active();
            if (Boolean.TRUE.equals(driver.executeScript("return arguments[0].matches(arguments[1])", now, css))) {
                assertFocusVisible(now);
                return now;
            }
            now.sendKeys(Keys.TAB);
        }
        throw new AssertionError("could not reach " + css + " with Tab on " + driver.getCurrentUrl());
    }

    /** The site's focus style: a 3 px outline (or, on some controls, a box shadow). */
    private void assertFocusVisible(WebElement focused) {
        Object ring = driver.executeScript(
                "const s = getComputedStyle(arguments[0]);"
                        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"
                        + " || s.boxShadow !== 'none';",
                focused);
        assertThat(ring)
                .as("a visible focus on " + focused.getAttribute("outerHTML"))
                .isEqualTo(true);
    }

    private void waitFor(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }
}
