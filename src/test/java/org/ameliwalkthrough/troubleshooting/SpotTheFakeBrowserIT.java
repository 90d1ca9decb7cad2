package org.ameliwalkthrough.troubleshooting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The exercise as people use it: by keyboard alone in English, with the mouse in French; axe on every state. */
class SpotTheFakeBrowserIT extends BrowserTest {

    static final String PAGE = "/stay-safe/spot-the-fake";

    /** Presses Tab until the focused element matches, as a keyboard user would. */
    WebElement tabTo(Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 80; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("could not reach " + what + " with the Tab key");
    }

    static Predicate<WebElement> answerButton(String id, String answer) {
        return e -> "button".equals(e.getTagName())
                && answer.equals(e.getAttribute("value"))
                && e.findElement(By.xpath("ancestor::form"))
                        .getAttribute("action")
                        .endsWith("/" + id);
    }

    @Test
    void keyboardOnlyInEnglish() {
        open(PAGE + "?lang=en");
        restartIfAnswered();
        assertAccessibleAtBothWidths("spot-start-en");

        WebElement link = tabTo(
                e -> e.getAttribute("class") != null && e.getAttribute("class").contains("spot-link"),
                "the first message's link");
        WebElement target = driver.findElement(By.id(link.getAttribute("aria-describedby")));
        assertThat(target.isDisplayed()).isTrue();
        assertThat(target.getSize().getWidth()).isGreaterThan(100);
        assertThat(target.getText()).contains("https://ameli.fr.verification-securite.example/connexion");
        assertNoAxeViolations("spot-link-focused-en");

        String[][] answers = {{"suspended", "fake"}, {"validation", "real"}, {"refund", "fake"}, {"bank", "real"}};
        for (String[] a : answers) {
            find("body").sendKeys(Keys.HOME);
            tabTo(answerButton(a[0], a[1]), a[1] + " for " + a[0]).sendKeys(Keys.ENTER);
            waitFor("#spot-" + a[0] + "-feedback");
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getAttribute("id")).isEqualTo("spot-" + a[0] + "-feedback");
            if (a[0].equals("suspended")) {
                assertThat(focused.getText()).startsWith("Right: this message is fake.");
                assertNoAxeViolations("spot-answered-en");
            }
        }
        assertThat(find("#spot-bank .spot-feedback h3").getText()).isEqualTo("Not quite: this message is fake.");
        assertThat(find(".spot-score__result").getText()).isEqualTo("You sorted 3 of 4 messages correctly.");
        assertAccessibleAtBothWidths("spot-complete-en");

        tabTo(e -> "submit".equals(e.getAttribute("type")) && e.getText().equals("Start again"), "Start again")
                .sendKeys(Keys.ENTER);
        waitFor("#spot-bank form.spot-answer");
        assertThat(findAll("form.spot-answer")).hasSize(4);
    }

    @Test
    void withTheMouseInFrenchAndTheLinkLeadsOnlyToItsExplanation() {
        open(PAGE + "?lang=fr");
        restartIfAnswered();
        WebElement link = find("#spot-refund a.spot-link");
        WebElement target = find("#" + link.getAttribute("aria-describedby"));
        assertThat(target.getSize().getWidth()).as("hidden until hovered").isLessThanOrEqualTo(1);
        new Actions(driver).moveToElement(link).perform();
        assertThat(target.getSize().getWidth()).isGreaterThan(100);
        assertThat(target.getText()).startsWith("Ce lien mène en réalité à :");

        link.click();
        assertThat(driver.getCurrentUrl()).isEqualTo(url(PAGE + "/refund/link"));
        assertThat(find("h1").getText()).isEqualTo("Vous avez suivi un lien d’un faux message");
        assertAccessibleAtBothWidths("spot-link-fr");
        find("a.back-link").click();

        for (String id : new String[] {"suspended", "validation", "refund", "bank"}) {
            find("#spot-" + id + " button[value=" + (id.equals("validation") ? "real" : "fake") + "]")
                    .click();
            waitFor("#spot-" + id + "-feedback");
        }
        assertThat(find(".spot-score__result").getText()).isEqualTo("Vous avez bien classé 4 message(s) sur 4.");
        assertThat(findAll(".spot-feedback--right")).hasSize(4);
        assertAccessibleAtBothWidths("spot-complete-fr");
    }

    @Test
    void inThePracticeMailboxByKeyboardInFrench() {
        open("/practice?lang=fr");
        clickAndWait("#persona-emma");
        clickAndWait("#start-signup");
        String[][] identity = {
            {"lastName", "CLARKE"},
            {"nir", "2880499132047"},
            {"day", "12"},
            {"month", "4"},
            {"year", "1988"},
            {"postcode", "69003"}
        };
        for (String[] field : identity) {
            type(field[0], field[1]);
        }
        clickAndWait("main form button[type=submit]");
        type("lastSeven", "5A02137");
        clickAndWait("main form button[type=submit]");
        type("missing", "9869");
        clickAndWait("main form button[type=submit]");
        find("#accepted1").click();
        clickAndWait("main form button[type=submit]");
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        clickAndWait("main form button[type=submit]");
        type("email", "emma.clarke@example.org");
        type("phone", "06 12 34 56 78");
        clickAndWait("main form button[type=submit]");
        clickAndWait("main form button[type=submit]");
        open("/practice/mailbox");
        assertThat(findAll("article.spot-mail")).hasSize(3);
        assertAccessibleAtBothWidths("mailbox-spot-start-fr");

        String[][] answers = {{"validation", "real"}, {"suspended", "fake"}, {"refund", "real"}, {"bank", "fake"}};
        for (String[] a : answers) {
            find("body").sendKeys(Keys.HOME);
            tabTo(answerButton(a[0], a[1]), a[1] + " for " + a[0]).sendKeys(Keys.ENTER);
            waitFor("#spot-" + a[0] + "-feedback");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("spot-" + a[0] + "-feedback");
        }
        assertThat(driver.getCurrentUrl()).contains("/practice/mailbox");
        assertThat(find("#spot-refund-feedback h3").getText()).isEqualTo("Pas tout à fait : ce message est faux.");
        assertThat(find(".spot-score__result").getText()).isEqualTo("Vous avez bien classé 3 message(s) sur 4.");
        screenshot("mailbox-spot-complete-fr");
        assertAccessibleAtBothWidths("mailbox-spot-complete-fr");
        assertThat(find("a.mail__link").getAttribute("href")).contains("/practice/");
    }

    private void clickAndWait(String css) {
        WebElement page = find("html");
        find(css).click();
        waitUntilGone(page);
    }

    @Test
    void staySafePageShowsTheAnnotatedDrawingAndLeadsToTheExercise() {
        open("/stay-safe?lang=en");
        WebElement svg = find("figure.fake-drawing svg");
        assertThat(svg.getSize().getWidth()).isGreaterThan(300);
        assertThat(findAll("ol.signs li")).hasSize(6);
        find("a.button[href='" + PAGE + "']").click();
        assertThat(find("h1").getText()).startsWith("Spot the fake");
    }

    /** Enter on a button does not wait for the next page as a click does: wait until it has fully loaded. */
    private void waitFor(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty()
                        && "complete".equals(driver.executeScript("return document.readyState")));
    }

    private void restartIfAnswered() {
        var restart = driver.findElements(By.cssSelector("#spot-score form button"));
        if (!restart.isEmpty()) {
            restart.get(0).click();
        }
    }
}
