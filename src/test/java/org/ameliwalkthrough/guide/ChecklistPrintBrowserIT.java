package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.PrintedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * /checklist prints on exactly one A4 page in each language, and works on screen with the keyboard.
 * Chromium prints as "Save as PDF" would, with Chromium's default margins ({@link PrintedPdf}).
 */
class ChecklistPrintBrowserIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void printsOnExactlyOneA4Page(String lang) throws IOException {
        open("/checklist?lang=" + lang);
        PrintedPdf pdf = PrintedPdf.of(driver);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve("checklist-" + lang + ".pdf"), pdf.bytes());

        assertThat(pdf.text()).startsWith("%PDF-");
        assertThat(pdf.pageObjects())
                .as("page objects in the printed /checklist?lang=" + lang)
                .isEqualTo(1);
        assertThat(pdf.pageTreeCount()).as("the page tree's /Count").isEqualTo(1);
    }

    @Test
    void countsEveryPageOfALongerPage() {
        // The counter must see a second page when there is one: the guide is several pages long.
        open("/guide?lang=en");
        assertThat(PrintedPdf.of(driver).pageObjects()).isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void isAccessibleAndTheBoxesTickWithTheKeyboard(String lang) {
        open("/checklist?lang=" + lang);
        screenshot("checklist-" + lang + "@1280");
        driver.manage().window().setSize(PHONE);
        driver.executeScript("document.querySelector('.checklist').scrollIntoView();");
        screenshot("checklist-" + lang + "@375");
        driver.executeScript("window.scrollTo(0, 0);");
        driver.manage().window().setSize(DESKTOP);
        assertAccessibleAtBothWidths("checklist-" + lang);

        WebElement first = find("main input[type=checkbox]");
        assertThat(first.isSelected()).isFalse();
        first.sendKeys(Keys.SPACE);
        assertThat(first.isSelected()).as("Space ticks the focused box").isTrue();
        driver.executeScript("arguments[0].focus();", first);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getTagName())
                .as("Tab goes on to the item's link")
                .isEqualTo("a");
        find("main label[for=route-1-birthDate]").click();
        assertThat(find("#route-1-birthDate").isSelected())
                .as("the label ticks its box")
                .isTrue();
    }
}
