package org.ameliwalkthrough.practice.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.RouteOneSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mailbox's time travel and the practice login's rehearsals as a person meets them in Chromium:
 * the link expiring after "8 days", the code expiring after "16 minutes", a new code, the
 * trusted-device box, log out, and "Mot de passe oublié" through the mailbox. axe and the page
 * integrity checks run on every new page state.
 */
class LoginBrowserIT extends BrowserTest {

    static final String NIR = "2880499132047";

    @BeforeEach
    void freshVisitor() {
        driver.manage().deleteAllCookies();
    }

    void send() {
        submit();
    }

    void clickAndLoad(String css) {
        clickAndLoad(find(css));
    }

    /** Emma's route 1, typed from her documents' numbers, up to the practice mailbox with the validation e-mail. */
    void emmaSignsUp() {
        open("/practice?lang=en");
        clickAndLoad("#persona-emma");
        clickAndLoad("#start-signup");
        type("lastName", "Clarke");
        type("nir", NIR);
        type("day", "12");
        type("month", "4");
        type("year", "1988");
        type("postcode", "69003");
        send();
        RouteOneSteps.ibanToCheckAnswers(this, "5a02 137", "9869", "emma@example.org", "06 12 34 56 78");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        send();
        clickAndLoad("#open-mailbox");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/mailbox");
    }

    void logIn(String password) {
        type("nir", NIR);
        type("password", password);
        send();
    }

    String code() {
        open("/practice/mailbox");
        return find("[data-code]").getText();
    }

    @Test
    void pretendingEightDaysPassedShowsInTheMailboxAndTheLinkHasExpired() {
        emmaSignsUp();
        assertThat(find("#practice-date").getText())
                .startsWith("Today in this practice:")
                .contains("(Paris time)");
        assertThat(find(".mail__age").getText()).isEqualTo("sent just now");
        assertNoAxeViolations("mailbox-today");

        clickAndLoad("#pretend-8-days");
        assertThat(find("#practice-date").getText())
                .startsWith("Practice date:")
                .contains("8 days after the real date");
        assertThat(find(".mail__age").getText()).isEqualTo("sent 8 days ago");
        assertThat(find("[data-expired=VALIDATION]").getText()).startsWith("This link has expired");
        assertThat(findAll("#pretend-8-days")).isEmpty();
        assertAccessibleAtBothWidths("mailbox-after-8-days");

        clickAndLoad("a.mail__link");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/link-expired");
    }

    @Test
    void theLoginRehearsesCodeExpiryResendTrustedDeviceLogoutAndAForgottenPassword() {
        emmaSignsUp();
        clickAndLoad("a.mail__link");
        clickAndLoad("#go-login");
        logIn("Practice1!");
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login/code");
        assertThat(find("main").getText())
                .contains("e•••@example.org", "Faire confiance à cet appareil", "Not certain:");
        assertAccessibleAtBothWidths("code-with-trust-and-resend");

        String first = code();
        clickAndLoad("#pretend-16-minutes");
        assertThat(find("[data-expired=LOGIN_CODE]").getText()).startsWith("This code has expired");
        assertThat(find("#practice-date").getText()).contains("16 minutes after the real time");
        assertNoAxeViolations("mailbox-code-expired");
        open("/practice/login/code");
        type("code", first);
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login");
        assertThat(find("[role=status]").getText()).contains("has expired");
        assertNoAxeViolations("login-code-expired");

        logIn("Practice1!");
        clickAndLoad("#resend-code");
        assertThat(find("#code-notice").getText()).contains("A new code has been sent");
        assertNoAxeViolations("code-resent");
        String code = code();
        open("/practice/login/code");
        type("code", code);
        find("#trust1").click();
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/account");

        clickAndLoad("#logout");
        assertThat(find("[role=status]").getText()).contains("You are logged out");
        assertNoAxeViolations("logged-out");
        logIn("Practice1!");
        assertThat(driver.getCurrentUrl())
                .as("a trusted device is not asked for a code")
                .endsWith("/practice/account");
        assertThat(find("[role=status]").getText()).contains("trusted device");
        assertNoAxeViolations("account-trusted-device");
        clickAndLoad("#logout");

        clickAndLoad("#forgot-password");
        assertThat(find("h1").getText()).isEqualTo("Forgotten password");
        assertAccessibleAtBothWidths("forgot");
        type("nir", NIR);
        type("day", "31");
        type("month", "2");
        type("year", "1988");
        send();
        assertThat(find("#birthDate-error").getText()).contains("real date");
        assertNoAxeViolations("forgot-errors");
        type("day", "12");
        type("month", "4");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login/forgot/sent");
        assertNoAxeViolations("forgot-sent");
        clickAndLoad("#open-mailbox");
        assertThat(find("a.mail__reset").getText()).isEqualTo("Choisir un nouveau mot de passe");
        assertNoAxeViolations("mailbox-reset");
        clickAndLoad("a.mail__reset");
        assertThat(find("h1").getText()).isEqualTo("Choose a new password");
        assertNoAxeViolations("reset");
        type("password", "Changed2!");
        type("confirmation", "Changed3!");
        send();
        assertThat(find("#confirmation-error").getText()).isNotBlank();
        assertNoAxeViolations("reset-errors");
        type("password", "Changed2!");
        type("confirmation", "Changed2!");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/login");
        assertThat(find("[role=status]").getText()).contains("new practice password");
        assertNoAxeViolations("password-changed");

        logIn("Changed2!");
        assertThat(driver.getCurrentUrl())
                .as("a new password makes the trusted device ask for a code again")
                .endsWith("/practice/login/code");
        String last = code();
        open("/practice/login/code");
        type("code", last);
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/account");
    }
}
