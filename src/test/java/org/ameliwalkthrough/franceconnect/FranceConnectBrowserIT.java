package org.ameliwalkthrough.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.records.Personas;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The FranceConnect route in Chromium, as a new user would take it: persona David (no bank details
 * on file), sent to FranceConnect, impots.gouv.fr, consent, back on ameli recognised, then the shared
 * steps to the mailbox link and the login code. Every page state is checked with axe.
 */
class FranceConnectBrowserIT extends BrowserTest {

    static final String DAVID_FISCAL = "37 29 488 324 303";

    @BeforeEach
    void freshSession() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    /** Start page → David → documents → identity → the FranceConnect step page. */
    void davidReachesFranceConnect(String lang) {
        open("/practice?lang=" + lang);
        find("#persona-david").click();
        find("#start-signup").click();
        type("lastName", "MILLER");
        type("firstName", "David");
        type("nir", "1 90 09 99 404 112");
        type("day", "3");
        type("month", "9");
        type("year", "1990");
        type("postcode", "33000");
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/franceconnect");
    }

    void check(String state) {
        assertThat(findAll("h1")).as(state).hasSize(1);
        assertAccessibleAtBothWidths(state);
    }

    void fcButton() {
        find("button.fc-button").click();
    }

    void logInAsDavid() {
        find("a.fc-provider[href$='/providers/impots']").click();
        type("numeroFiscal", DAVID_FISCAL);
        type("password", Personas.PRACTICE_TAX_PASSWORD);
        submit();
    }

    void theRouteInOneLanguage(String lang) {
        davidReachesFranceConnect(lang);
        check("fc-step-" + lang);
        fcButton();
        assertThat(driver.getCurrentUrl()).endsWith("/practice-franceconnect/choose");
        assertThat(find("h1").getText()).isEqualTo("Connexion en cours sur ameli");
        assertThat(find(".fc-band__label").getText()).isNotBlank();
        check("chooser-" + lang);
        find("a.fc-provider[href$='/providers/ameli']").click();
        check("provider-ameli-" + lang);
        find("main a.button").click();
        find("a.fc-provider[href$='/providers/impots']").click();
        check("impots-" + lang);
        submit(); // empty: the teaching messages
        assertThat(findAll(".error-summary a")).hasSize(2);
        check("impots-errors-" + lang);
        type("numeroFiscal", DAVID_FISCAL);
        type("password", Personas.PRACTICE_TAX_PASSWORD);
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice-franceconnect/consent");
        assertThat(find(".fc-identity").getText()).contains("MILLER", "David James", "03/09/1990");
        check("consent-" + lang);
        submit();
        // Back on ameli, recognised: the shared steps of route 1.
        assertThat(driver.getCurrentUrl()).endsWith("/practice/conditions");
        finishTheSignUp(lang);
    }

    void finishTheSignUp(String lang) {
        find("#accepted1").click();
        submit();
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        submit();
        type("email", "david." + lang + "@example.org");
        type("phone", "06 12 34 56 78");
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/confirmation");
        open("/practice/mailbox");
        driver.get(find("a.mail__link").getAttribute("href"));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/activated");
        open("/practice/login");
        type("nir", "1900999404112");
        type("password", "Practice1!");
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login/code");
        open("/practice/mailbox");
        String code = find("[data-code]").getText();
        open("/practice/login/code");
        type("code", code);
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/account");
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
        assertThat(driver.getCurrentUrl()).contains("/practice/franceconnect/callback");
        assertThat(find("h1").getText()).isEqualTo("You cancelled the FranceConnect login");
        check("cancelled-en");
        // Try again: a fresh login that works.
        find("main form button").click();
        logInAsDavid();
        assertThat(driver.getCurrentUrl()).endsWith("/practice-franceconnect/consent");
    }

    @Test
    void wrongPasswordsThenTheLock() {
        davidReachesFranceConnect("fr");
        fcButton();
        find("a.fc-provider[href$='/providers/impots']").click();
        for (int i = 1; i <= 5; i++) {
            type("numeroFiscal", DAVID_FISCAL);
            type("password", "pas-le-bon-" + i);
            submit();
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
        submit();
        assertThat(find(".error-summary").getText()).contains("bloqué");
    }

    @Test
    void reusingTheCallbackIsRefusedAndTheLoginCanRestart() {
        davidReachesFranceConnect("en");
        fcButton();
        logInAsDavid();
        submit();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/conditions");
        driver.navigate().back(); // the callback URL, with its one-time code, once more
        assertThat(driver.getCurrentUrl()).contains("/practice/franceconnect/callback?code=");
        assertThat(find("h1").getText()).isEqualTo("ameli could not accept this FranceConnect login");
        check("refused-en");
        find("main form button").click();
        assertThat(driver.getCurrentUrl()).endsWith("/practice-franceconnect/choose");
    }

    @Test
    void whatIsFranceConnectAndTheOtherProviders() {
        for (String lang : new String[] {"en", "fr"}) {
            open("/practice-franceconnect/what-is-franceconnect?lang=" + lang);
            check("what-is-" + lang);
            open("/practice-franceconnect/choose?lang=" + lang);
            check("no-request-" + lang);
            for (String provider : new String[] {"la-poste", "msa", "france-identite"}) {
                open("/practice-franceconnect/providers/" + provider + "?lang=" + lang);
                check("provider-" + provider + "-" + lang);
            }
        }
    }
}
