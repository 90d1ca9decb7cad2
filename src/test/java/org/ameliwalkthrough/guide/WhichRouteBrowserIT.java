package org.ameliwalkthrough.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.SitePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(findAll(".error-summary a")).hasSize(WhichRouteForm.QUESTIONS.size());
        assertAccessibleAtBothWidths("which-route-errors-" + lang);

        find(".error-summary a").click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("scheme");
    }

    @Test
    void answersCanBeGivenWithTheKeyboard() {
        open("/guide/which-route?lang=en");
        find("#scheme").sendKeys(Keys.SPACE);
        find("#numberStart").sendKeys(Keys.SPACE);
        find("#carteVitale").sendKeys(Keys.SPACE);
        find("#bankDetailsKnown-no").sendKeys(Keys.SPACE);
        find("#impotsAccount-no").sendKeys(Keys.SPACE);
        find("#impotsAccount-no").sendKeys(Keys.ENTER);

        assertThat(find("h1").getText()).isEqualTo("Your route: FranceConnect");
        assertThat(find(".rehearse a").getAttribute("href")).endsWith("/practice?persona=david#persona-david");
        assertAccessibleAtBothWidths("which-route-answer-en");
    }

    /** Every answer page, and each way into FranceConnect, passes the axe scan in both languages. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "ROUTE_1, en, ''",
        "OTHER_SCHEME, en, scheme=other",
        "FIND_OUT_SCHEME, fr, scheme=unknown",
        "TEMPORARY_NUMBER, en, numberStart=temporary",
        "FIND_OUT_NUMBER, fr, numberStart=unknown",
        "FIND_OUT_CARD_OR_BANK, en, carteVitale=unknown&impotsAccount=unknown",
        "FRANCECONNECT, fr, carteVitale=notReceived&bankDetailsKnown=no&impotsAccount=no",
        "FRANCECONNECT, en, carteVitale=notActivated"
    })
    void everyAnswerPageIsAccessible(String outcome, String lang, String changes) {
        StringBuilder query = new StringBuilder("asked=yes&lang=" + lang);
        Map<String, String> answers = new LinkedHashMap<>();
        String[] route1 = WhichRouteControllerTest.ROUTE_1;
        for (int i = 0; i < route1.length; i += 2) {
            answers.put(route1[i], route1[i + 1]);
        }
        for (String change : changes.isEmpty() ? new String[0] : changes.split("&")) {
            answers.put(change.split("=")[0], change.split("=")[1]);
        }
        answers.forEach((question, value) ->
                query.append('&').append(question).append('=').append(value));
        open("/guide/which-route?" + query);

        assertThat(find("h1").getAttribute("data-outcome")).isEqualTo(outcome);
        // Not knowing who insures you names no persona to rehearse (docs/which-route.md).
        assertThat(findAll(".rehearse a")).hasSize(outcome.equals("FIND_OUT_SCHEME") ? 0 : 1);
        assertAccessibleAtBothWidths("which-route-" + outcome + "-" + lang);
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
