package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FranceConnect route in Chromium, as a new user would take it: persona David (no bank details
 * on file), sent to FranceConnect, impots.gouv.fr, consent, back on ameli recognised, then the shared
 * steps to the mailbox link and the login code. Every page state is checked with axe.
 */
class FranceConnectBrowserIT extends BrowserTest {

    static final String DAVID_FISCAL = "37 29 488 324 303";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshSession() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    /** The lock is kept in the database the whole test run shares: leave none behind for later tests. */
    @AfterEach
    void clearLoginCounts() {
        jdbc.sql("DELETE FROM impots_login_attempt").update();
    }

    /** Start page → David → documents → identity → the FranceConnect step page. */
    void davidReachesFranceConnect(String lang) {
        open("/practice?lang=" + lang);
        await("#persona-david").click();
        await("#start-signup").click();
        await("#lastName");
        type("lastName", "MILLER");
        type("nir", "1 90 09 99 404 112");
        type("day", "3");
        type("month", "9");
        type("year", "1990");
        type("postcode", "33000");
        submitAndLoad();
        awaitUrl("/practice/franceconnect");
    }

    /** Waits for an element of the next page: a click that submits a form can return before the page is there. */
    WebElement await(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            screenshot("missing-" + css);
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + " (" + driver.getTitle() + ")", e);
        }
    }

    /** Submits the first form of main and waits until the next page has replaced this one. */
    void submitAndLoad() {
        WebElement old = find("html");
        submit();
        waitUntilGone(old);
    }

    void awaitUrl(String part) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
        } catch (TimeoutException e) {
            screenshot("url-" + part);
            throw new AssertionError("expected " + part + " but on " + driver.getCurrentUrl(), e);
        }
    }

    void check(String state) {
        assertThat(findAll("h1")).as(state).hasSize(1);
        assertAccessibleAtBothWidths(state);
    }

    void fcButton() {
        await("button.fc-button").click();
        await(".fc-band");
    }

    void logInAsDavid() {
        await("a.fc-provider[href$='/providers/impots']").click();
        await("#numeroFiscal");
        type("numeroFiscal", DAVID_FISCAL);
        type("password", Personas.PRACTICE_TAX_PASSWORD);
        submitAndLoad();
    }

    void theRouteInOneLanguage(String lang) {
        davidReachesFranceConnect(lang);
        check("fc-step-" + lang);
        fcButton();
        awaitUrl("/practice-franceconnect/choose");
        assertThat(find("h1").getText()).isEqualTo("Connexion en cours sur ameli");
        assertThat(find(".fc-band__label").getText()).isNotBlank();
        check("chooser-" + lang);
        find("a.fc-provider[href$='/providers/ameli']").click();
        check("provider-ameli-" + lang);
        find("main a.button").click();
        await("a.fc-provider[href$='/providers/impots']").click();
        await("#numeroFiscal");
        check("impots-" + lang);
        submitAndLoad(); // empty: the teaching messages
        assertThat(findAll(".error-summary a")).hasSize(2);
        check("impots-errors-" + lang);
        type("numeroFiscal", DAVID_FISCAL);
        type("password", Personas.PRACTICE_TAX_PASSWORD);
        submitAndLoad();
        awaitUrl("/practice-franceconnect/consent");
        assertThat(find(".fc-identity").getText()).contains("MILLER", "David James", "03/09/1990");
        check("consent-" + lang);
        submitAndLoad();
        // Back on ameli, recognised: the shared steps of route 1.
        awaitUrl("/practice/conditions");
        finishTheSignUp(lang);
    }

    void finishTheSignUp(String lang) {
        await("#accepted1").click();
        submitAndLoad();
        await("#confirmation");
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        submitAndLoad();
        await("#email");
        type("email", "david." + lang + "@example.org");
        type("phone", "06 12 34 56 78");
        submitAndLoad();
        awaitUrl("/practice/check-answers");
        submitAndLoad();
        awaitUrl("/practice/confirmation");
        open("/practice/mailbox");
        driver.get(find("a.mail__link").getAttribute("href"));
        awaitUrl("/practice/activated");
        open("/practice/login");
        await("#nir");
        type("nir", "1900999404112");
        type("password", "Practice1!");
        submitAndLoad();
        awaitUrl("/practice/login/code");
        open("/practice/mailbox");
        String code = find("[data-code]").getText();
        open("/practice/login/code");
        type("code", code);
        submitAndLoad();
        awaitUrl("/practice/account");
    }

    @Test
    void davidSignsUpThroughFranceConnectInEnglish() {
        theRouteInOneLanguage("en");
    }

    @Test
    void davidSignsUpThroughFranceConnectInFrench() {
        theRouteInOneLanguage("fr");
    }

    @Test
    void cancellingComesBackToAmeliWithAClearMessage() {
        davidReachesFranceConnect("en");
        fcButton();
        find("form.fc-cancel button").click();
        awaitUrl("/practice/franceconnect/callback");
        assertThat(find("h1").getText()).isEqualTo("You cancelled the FranceConnect login");
        check("cancelled-en");
        // Try again: a fresh login that works.
        find("main form button").click();
        logInAsDavid();
        awaitUrl("/practice-franceconnect/consent");
    }

    @Test
    void wrongPasswordsThenTheLock() {
        davidReachesFranceConnect("fr");
        fcButton();
        await("a.fc-provider[href$='/providers/impots']").click();
        await("#numeroFiscal");
        for (int i = 1; i <= 5; i++) {
            type("numeroFiscal", DAVID_FISCAL);
            type("password", "pas-le-bon-" + i);
            submitAndLoad();
            if (i == 1) {
                assertThat(find("#password-error").getText()).contains("Il vous reste 4 essais");
                check("impots-wrong-password-fr");
            }
        }
        WebElement summary = find(".error-summary");
        assertThat(summary.getText()).contains("bloqué", "15 minutes");
        check("impots-locked-fr");
        type("numeroFiscal", DAVID_FISCAL);
        type("password", Personas.PRACTICE_TAX_PASSWORD);
        submitAndLoad();
        assertThat(find(".error-summary").getText()).contains("bloqué");
        // Clearing the cookies does not lift it: the count belongs to the account, not the browser.
        driver.manage().deleteAllCookies();
        davidReachesFranceConnect("fr");
        fcButton();
        logInAsDavid();
        assertThat(find(".error-summary").getText()).contains("bloqué", "heure de Paris");
    }

    @Test
    void goingBackAfterTheHandOffOrAForgedCallbackIsRefusedAndTheLoginCanRestart() {
        davidReachesFranceConnect("en");
        fcButton();
        logInAsDavid();
        submitAndLoad();
        awaitUrl("/practice/conditions");
        // Back to the consent page and "Continuer sur ameli" again: that login was answered already.
        driver.navigate().back();
        awaitUrl("/practice-franceconnect/consent");
        // The page comes again from the server (no-store): the login it belonged to is answered, so it
        // says so at once, or (when the browser shows the old page) once it is sent again.
        if (!findAll("main form button[type=submit]").isEmpty()) {
            submitAndLoad();
        }
        await("main a.button[href='/practice']");
        assertThat(find("h1").getText()).isEqualTo("No login in progress");
        check("no-request-en");
        // A forged answer, as a phishing link would bring it.
        open("/practice/franceconnect/callback?code=forged-code-0123456789abcdef&state=forged-state-0123456789abc");
        assertThat(await("h1").getText()).isEqualTo("ameli could not accept this FranceConnect login");
        check("refused-en");
        find("main form button").click();
        awaitUrl("/practice-franceconnect/choose");
    }

    @Test
    void whatIsFranceConnectAndTheOtherProviders() {
        open("/practice-franceconnect/what-is-franceconnect?lang=en");
        check("what-is-en");
        for (String provider : new String[] {"la-poste", "msa", "yris", "france-identite"}) {
            open("/practice-franceconnect/providers/" + provider + "?lang=en");
            check("provider-" + provider + "-en");
        }
        open("/practice-franceconnect/what-is-franceconnect?lang=fr");
        check("what-is-fr");
        open("/practice-franceconnect/providers/france-identite?lang=fr");
        check("provider-france-identite-fr");
    }
}
