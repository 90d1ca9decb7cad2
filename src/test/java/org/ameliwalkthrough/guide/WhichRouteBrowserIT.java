package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.SitePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;

/** The which-route helper's error and answer states in a real browser, and the guide pages at phone width. */
class WhichRouteBrowserIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void missingAnswersShowAnAccessibleErrorSummaryThatLeadsToTheQuestion(String lang) {
        open("/guide/which-route?lang=" + lang);
        submit();

        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(findAll(".error-summary a")).hasSize(2);
        assertAccessibleAtBothWidths("which-route-errors-" + lang);

        find(".error-summary a").click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("vitaleActivated");
    }

    @Test
    void answersCanBeGivenWithTheKeyboard() {
        open("/guide/which-route?lang=en");
        find("#vitaleActivated").sendKeys(Keys.SPACE);
        find("#bankDetailsKnown-no").sendKeys(Keys.SPACE);
        find("#bankDetailsKnown-no").sendKeys(Keys.ENTER);

        assertThat(find("h1").getText()).isEqualTo("Your route: FranceConnect");
        assertAccessibleAtBothWidths("which-route-answer-en");
    }

    @Test
    void guidePagesDoNotScrollSidewaysOnAPhone() {
        driver.manage().window().setSize(PHONE);
        for (String path : SitePages.GUIDE) {
            for (String lang : new String[] {"en", "fr"}) {
                open(path + "?lang=" + lang);
                Number overflow = (Number) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as(path + " in " + lang).isLessThanOrEqualTo(0);
            }
        }
    }
}
