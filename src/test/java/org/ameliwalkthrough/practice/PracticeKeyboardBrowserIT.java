package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Route 1 with the keyboard only and JavaScript off: Tab to each field, type, Enter to continue. */
class PracticeKeyboardBrowserIT extends BrowserTest {

    @Override
    protected boolean javascript() {
        return false;
    }

    @Test
    void routeOneByKeyboardWithoutJavaScript() {
        open("/practice?lang=en");
        tabTo("persona-emma").sendKeys(Keys.ENTER);
        waitFor("/practice/documents");
        String nir = find("[data-doc=nir]").getText().replace(" ", "");
        String iban = find("[data-doc=iban]").getText().replace(" ", "");
        String serial = find("[data-doc=serial]").getText();
        tabTo("start-signup").sendKeys(Keys.ENTER);
        waitFor("/practice/identity");

        tabTo("lastName").sendKeys("Clarke", Keys.TAB);
        assertThat(active().getAttribute("id"))
                .as("ameli's order: Nom, then the number")
                .isEqualTo("nir");
        active().sendKeys(nir);
        tabTo("day").sendKeys("12", Keys.TAB);
        active().sendKeys("04", Keys.TAB);
        active().sendKeys("1988");
        tabTo("postcode").sendKeys("69003", Keys.ENTER);
        waitFor("/practice/iban");

        tabTo("lastSeven").sendKeys(iban.substring(20), Keys.ENTER);
        waitFor("/practice/serial");
        tabTo("missing").sendKeys(serial.substring(7), Keys.ENTER);
        waitFor("/practice/conditions");
        tabTo("accepted1").sendKeys(Keys.SPACE);
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.ENTER);
        waitFor("/practice/password");
        assertThat(find("[data-show-password]").isDisplayed())
                .as("no toggle without JavaScript")
                .isFalse();
        tabTo("password").sendKeys("Practice1!", Keys.TAB);
        active().sendKeys("Practice1!", Keys.ENTER);
        waitFor("/practice/contact");
        tabTo("email").sendKeys("emma.clarke@example.org", Keys.TAB);
        active().sendKeys("06 12 34 56 78", Keys.ENTER);
        waitFor("/practice/check-answers");
        tabTo(null).sendKeys(Keys.ENTER);
        waitFor("/practice/confirmation");
        assertNoAxeViolations("confirmation-no-js");
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the element with this id (or, for null, the submit button) has focus. */
    WebElement tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            WebElement now = active();
            boolean there = id == null ? "submit".equals(now.getAttribute("type")) : id.equals(now.getAttribute("id"));
            if (there) {
                return now;
            }
            now.sendKeys(Keys.TAB);
        }
        throw new AssertionError("could not reach #" + id + " with Tab on " + driver.getCurrentUrl());
    }

    void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(path));
        assertThat(driver.getCurrentUrl()).endsWith(path);
    }
}
