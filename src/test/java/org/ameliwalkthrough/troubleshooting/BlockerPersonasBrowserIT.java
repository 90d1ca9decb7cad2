package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each blocker persona, rehearsed in Chromium, meets its message and reaches its explanation. */
class BlockerPersonasBrowserIT extends BrowserTest {

    /** Presses Tab until the focused element matches. */
    WebElement tabTo(Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 120; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("could not reach " + what + " with the Tab key");
    }

    static Predicate<WebElement> href(String ending) {
        return e -> e.getAttribute("href") != null && e.getAttribute("href").endsWith(ending);
    }

    /** Acts, then waits for the next page: Enter and form submits return before the browser navigates. */
    void andLoad(Runnable action) {
        WebElement page = find("html");
        action.run();
        waitUntilGone(page);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    void identity(String last, String nir, String date, String postcode) {
        String[] dmy = date.split("/");
        type("lastName", last);
        type("nir", nir);
        type("day", dmy[0]);
        type("month", dmy[1]);
        type("year", dmy[2]);
        type("postcode", postcode);
        andLoad(() -> driver.findElement(By.id("postcode")).sendKeys(Keys.ENTER));
    }

    void choose(String persona, String lang) {
        open("/practice?lang=" + lang);
        andLoad(() -> find("#persona-" + persona).click());
        andLoad(() -> find("#start-signup").click());
    }

    /** The panel is there, says which blocker, and its link lands on that blocker's explanation. */
    void followPanelTo(String anchor, String state) {
        WebElement panel = find("#blocker");
        assertThat(panel.getAttribute("data-blocker")).isEqualTo(anchor);
        screenshot(state); // target/screenshots: what a reviewer looks at
        assertNoAxeViolations(state);
        andLoad(() -> find("#blocker a.blocker-panel__link").click());
        assertThat(driver.getCurrentUrl()).endsWith("/something-went-wrong#" + anchor);
        assertThat(find("#" + anchor + " h2").isDisplayed()).isTrue();
    }

    @Test
    void fromTheGuideFindTheRibBlockerRehearseItAsDavidAndComeBackByKeyboardAlone() {
        open("/?lang=en");
        andLoad(() -> tabTo(href("/something-went-wrong"), "the footer link").sendKeys(Keys.ENTER));
        tabTo(href("#rib-not-recognised"), "the contents link").sendKeys(Keys.ENTER);
        WebElement rehearse = tabTo(href("/practice?persona=david#persona-david"), "David's rehearsal link");
        andLoad(() -> rehearse.sendKeys(Keys.ENTER));
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("id"))
                .as("the link lands on David's button")
                .isEqualTo("persona-david");
        andLoad(() -> focused.sendKeys(Keys.ENTER));
        andLoad(() -> tabTo(href("/practice/identity"), "Start the sign-up").sendKeys(Keys.ENTER));
        identity("MILLER", "1900999404112", "3/9/1990", "33000");

        assertThat(find("#blocker .real-message").getText())
                .isEqualTo("Les coordonnées bancaires saisies ne correspondent pas à celles connues de votre caisse.");
        assertAccessibleAtBothWidths("blocker-david-en");
        andLoad(() -> tabTo(href("/something-went-wrong#rib-not-recognised"), "the panel's link")
                .sendKeys(Keys.ENTER));
        assertThat(driver.getCurrentUrl()).endsWith("/something-went-wrong#rib-not-recognised");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "tom,    fr, BRENNAN, 796039913604233, 8/3/1996,   35000, temporary-number",
        "sarah,  fr, MARTIN,  2850299401056,   14/2/1985,  44000, details-not-recognised",
        "nadia,  en, HASSAN,  2901099132117,   19/10/1990, 67000, card-not-received",
        "priya,  fr, SHARMA,  2950199223031,   22/1/1995,  31000, card-not-activated",
        "pierre, en, GAGNON,  1710899401078,   2/8/1971,   24200, other-scheme"
    })
    void blockerPersonaReachesItsExplanation(
            String persona, String lang, String last, String nir, String date, String pc, String anchor) {
        choose(persona, lang);
        identity(last, nir, date, pc);
        followPanelTo(anchor, "blocker-" + persona + "-" + lang);
        assertThat(find("html").getAttribute("lang")).isEqualTo(lang);
    }

    /** Pierre (MSA) reads where to go instead; nothing on the page leads on to an ameli account. */
    @Test
    void pierreIsToldAmeliIsNotHisSiteAndCannotGoOn() {
        choose("pierre", "fr");
        assertThat(find(".stepper").getText()).startsWith("Étape 1 sur 7");
        identity("GAGNON", "1710899401078", "2/8/1971", "24200");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/other-scheme");
        assertThat(find("h1").getText()).contains("ameli.fr");
        assertThat(driver.findElements(By.cssSelector("form[action$='/practice/franceconnect/start']")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector(".stepper"))).isEmpty();
        assertAccessibleAtBothWidths("other-scheme-pierre-fr");
        open("/practice/check-answers");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/other-scheme");
    }

    @Test
    void oliviasFamilyAddressIsRefusedAtTheContactStepInFrench() {
        choose("olivia", "fr");
        identity("BENNETT", "2870599404205", "27/5/1987", "06000");
        type("lastSeven", "4010575");
        andLoad(() -> find("main form button[type=submit]").click());
        type("missing", "7229");
        andLoad(() -> find("main form button[type=submit]").click());
        find("#accepted1").click();
        andLoad(() -> find("main form button[type=submit]").click());
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        andLoad(() -> find("main form button[type=submit]").click());
        type("email", "famille.bennett@example.com");
        type("phone", "06 12 34 56 78");
        andLoad(() -> find("main form button[type=submit]").click());
        assertThat(find("#email-error").getText()).contains("Un autre compte d’exercice");
        assertAccessibleAtBothWidths("blocker-olivia-fr");
        followPanelTo("email-already-used", "blocker-olivia-fr-link");
    }
}
