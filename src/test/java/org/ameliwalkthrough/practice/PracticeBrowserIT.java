package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.RouteOneSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice sign-up as a new user does it in Chromium: copy the numbers from the persona's
 * documents into the screens, open the practice mailbox, activate, log in with the 6-digit code.
 * axe runs on every page state: empty, with errors, filled.
 */
class PracticeBrowserIT extends BrowserTest {

    String nir;
    String iban;
    String serial;

    @BeforeEach
    void freshVisitor() {
        driver.manage().deleteAllCookies();
    }

    @Test
    void routeOneInEnglishThroughMailboxAndLoginCode() {
        routeOne("en");
    }

    @Test
    void routeOneInFrenchThroughMailboxAndLoginCode() {
        routeOne("fr");
    }

    /** Both widths in English; the French run reuses the same layout, so desktop is enough there. */
    void axe(String lang, String state) {
        if (lang.equals("en")) {
            assertAccessibleAtBothWidths(state + "-" + lang);
        } else {
            assertNoAxeViolations(state + "-" + lang);
        }
    }

    void routeOne(String lang) {
        open("/practice?lang=" + lang);
        assertThat(find("html").getAttribute("lang")).isEqualTo(lang);
        axe(lang, "start");
        chooseEmmaAndReadDocuments(lang);

        clickAndLoad("#start-signup");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/identity");
        axe(lang, "identity-empty");
        send();
        assertThat(driver.getTitle()).startsWith(lang.equals("fr") ? "Erreur" : "Error");
        assertThat(findAll(".error-summary li"))
                .hasSize(4); // Nom, NIR, date of birth, postcode: ameli asks no first name
        assertNoAxeViolations("identity-errors-" + lang);
        fillIdentity(nir);
        assertNoAxeViolations("identity-filled-" + lang);
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/iban");
        assertThat(find("[data-shown=iban]").getText()).startsWith(iban.substring(0, 4));
        assertNoAxeViolations("iban-" + lang);
        type("lastSeven", iban.substring(20));
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/serial");
        assertNoAxeViolations("serial-" + lang);
        type("missing", serial.substring(7));
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/conditions");
        assertNoAxeViolations("conditions-" + lang);
        send();
        assertNoAxeViolations("conditions-errors-" + lang);
        find("#accepted1").click();
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/password");
        assertNoAxeViolations("password-" + lang);
        type("password", "practice");
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("li.criteria--unmet"))
                        .isEmpty());
        assertThat(find("[data-criterion=lowercase]").getAttribute("class")).contains("criteria--met");
        assertThat(find("[data-criterion=uppercase]").getAttribute("class")).contains("criteria--unmet");
        type("password", "Practice1!");
        type("confirmation", "Practice2!");
        send();
        assertThat(find("#confirmation-error").getText()).isNotBlank();
        assertThat(find("#password").getAttribute("value")).isEmpty();
        assertNoAxeViolations("password-errors-" + lang);
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/contact");
        assertNoAxeViolations("contact-" + lang);
        type("email", "emma.clarke@example.org");
        type("phone", "06 12 34 56 78");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        assertThat(find("[data-answer=nir]").getText()).doesNotContain(nir.substring(0, 8));
        axe(lang, "check-answers");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/confirmation");
        assertNoAxeViolations("confirmation-" + lang);
        clickAndLoad("#open-mailbox");
        axe(lang, "mailbox-validation");
        clickAndLoad("a.mail__link");

        assertThat(driver.getCurrentUrl()).endsWith("/practice/activated");
        assertNoAxeViolations("activated-" + lang);
        clickAndLoad("#go-login");
        logIn(lang);
    }

    /** Clicks and waits for the next page: a form submit may return before the browser navigates. */
    void clickAndLoad(String css) {
        WebElement page = find("html");
        find(css).click();
        waitUntilGone(page);
    }

    void send() {
        clickAndLoad("main form button[type=submit]");
    }

    void chooseEmmaAndReadDocuments(String lang) {
        clickAndLoad("#persona-emma");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/documents");
        axe(lang, "documents");
        nir = find("[data-doc=nir]").getText().replace(" ", "");
        iban = find("[data-doc=iban]").getText().replace(" ", "");
        serial = find("[data-doc=serial]").getText().replace(" ", "");
    }

    void fillIdentity(String number) {
        type("lastName", "Clarke");
        type("nir", number);
        type("day", "12");
        type("month", "4");
        type("year", "1988");
        type("postcode", "69003");
    }

    void logIn(String lang) {
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login");
        assertNoAxeViolations("login-" + lang);
        type("nir", nir.substring(0, 13));
        type("password", "Wrong1!x");
        send();
        assertThat(find(".error-summary").getText()).contains("ne correspondent pas");
        assertNoAxeViolations("login-errors-" + lang);
        type("nir", nir.substring(0, 13));
        type("password", "Practice1!");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/login/code");
        assertNoAxeViolations("code-" + lang);
        open("/practice/mailbox");
        assertNoAxeViolations("mailbox-code-" + lang);
        String code = find("[data-code]").getText();
        open("/practice/login/code");
        type("code", "000000".equals(code) ? "111111" : "000000");
        send();
        assertNoAxeViolations("code-errors-" + lang);
        type("code", code);
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/account");
        assertThat(find("h1").getText()).isEqualTo("Mon compte");
        axe(lang, "account");
    }

    @Test
    void fiveWrongIbansLockTheRegistrationAndSayWhatToDoInRealLife() {
        open("/practice?lang=en");
        chooseEmmaAndReadDocuments("en-lock");
        clickAndLoad("#start-signup");
        fillIdentity(nir);
        send();
        for (int attempt = 1; attempt < 5; attempt++) {
            type("lastSeven", "0000000");
            send();
            assertThat(find("#lastSeven-error").getText()).contains(String.valueOf(5 - attempt));
        }
        assertNoAxeViolations("iban-wrong");
        type("lastSeven", "0000000");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/locked");
        assertThat(find("main").getText()).contains("3646");
        assertAccessibleAtBothWidths("locked");
        open("/practice/iban");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/locked");
    }

    @Test
    void aLinkOpenedAfterEightDaysHasExpiredAndTheUserStartsAgain() {
        open("/practice?lang=en");
        chooseEmmaAndReadDocuments("en-expiry");
        clickAndLoad("#start-signup");
        fillIdentity(nir);
        send();
        RouteOneSteps.ibanToCheckAnswers(
                this, iban.substring(20), serial.substring(7), "emma.clarke@example.org", "0612345678");
        // A Change link goes to the step, and continuing comes straight back to check answers.
        clickAndLoad("a[href$='/practice/contact']");
        assertThat(find("#email").getAttribute("value")).isEqualTo("emma.clarke@example.org");
        type("email", "emma@example.net");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        assertThat(find("main").getText()).contains("emma@example.net");
        send();
        clickAndLoad("#open-mailbox");
        clickAndLoad("#pretend-8-days");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/mailbox");
        clickAndLoad("a.mail__link");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/link-expired");
        assertAccessibleAtBothWidths("link-expired");
        clickAndLoad("#start-again");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/identity");
        assertThat(find("#lastName").getAttribute("value")).isEmpty();
        // A made-up link is not an expired one, and says so.
        open("/practice/activate?token=made-up");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/link-invalid");
        assertAccessibleAtBothWidths("link-invalid");
    }
}
