package org.ameliwalkthrough.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Check my numbers" with JavaScript: each field checked through the API when the user leaves it. */
class CheckScriptBrowserIT extends BrowserTest {
    @Test
    void eachFieldIsCheckedWhenTheUserLeavesIt() {
        open("/check?lang=en");
        driver.findElement(By.id("numeroFiscal")).sendKeys("3023217600054", Keys.TAB);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("numeroFiscal-live")).getText().length() > 12);
        assertThat(find("#numeroFiscal-live").getAttribute("class")).contains("live-result--problem");
        assertNoAxeViolations("check-live-problem");

        type("numeroFiscal", "3023217600053");
        driver.findElement(By.id("numeroFiscal")).sendKeys(Keys.TAB);
        wait.until(d ->
                d.findElement(By.id("numeroFiscal-live")).getAttribute("class").contains("--ok"));
        assertThat(find("#numeroFiscal-live").getText()).contains("looks right");
        assertNoAxeViolations("check-live-ok");
    }

    @Test
    void errorSummaryTakesFocusAfterASubmitWithMistakes() {
        open("/check?lang=en");
        type("nir", "7 85 05 78 006 084 91");
        submit();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
    }
}
