package org.ameliwalkthrough.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.RouteOneSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 in Chromium: a volunteer and three learners, each with their own cookies (a browser session
 * each, swapped in one Chromium so the machine runs one browser). One learner finishes route 1, one is
 * stuck on the IBAN, one on the FranceConnect impots login. The board (left open in its own tab,
 * updating itself) shows the stuck ones first; then the debrief, the close and the purge. Every value
 * a learner types is read from their persona's documents page, as a person would.
 */
class WorkshopBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    final Map<String, Set<Cookie>> jars = new HashMap<>();
    String current;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM impots_login_attempt").update();
        driver.manage().deleteAllCookies();
        jars.clear();
        current = null;
    }

    /** Puts away the current person's cookies and takes out the next one's: separate browser sessions. */
    void as(String person) {
        if (current != null) {
            jars.put(current, new HashSet<>(driver.manage().getCookies()));
        }
        driver.manage().deleteAllCookies();
        jars.getOrDefault(person, Set.of()).forEach(c -> driver.manage().addCookie(c));
        current = person;
    }

    void check(String state, String lang) {
        assertThat(findAll("h1")).as(state).hasSize(1);
        if (lang.equals("en")) {
            assertAccessibleAtBothWidths(state);
        } else {
            assertNoAxeViolations(state + "-fr");
        }
    }

    void send() {
        clickAndLoad(find("main form button[type=submit]"));
    }

    String doc(String name) {
        return find("[data-doc=" + name + "]").getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aVolunteerSeesWhoIsStuckThenDebriefsAndCloses(String lang) throws Exception {
        open("/favicon.svg");
        as("volunteer");
        open("/workshop?lang=" + lang);
        check("workshop-open", lang);
        find(lang.equals("fr") ? "#language-fr" : "#language").click();
        find("#learnersChoose").click();
        send();
        assertThat(driver.getCurrentUrl()).contains("/workshop/");
        String board = driver.getCurrentUrl().replaceAll("\\?.*", "");
        String code = find("#join-code").getText();
        String joinLink = find("#join-link").getAttribute("href");
        assertThat(joinLink).endsWith("/join/" + code);
        check("workshop-board-empty", lang);
        String boardTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String learnerTab = driver.getWindowHandle();

        // Learner 1, by the QR link, in the volunteer's language: route 1 to the end.
        as("finisher");
        driver.get(joinLink + "?lang=" + lang);
        assertThat(find("#code").getAttribute("value")).isEqualTo(code);
        check("workshop-join", lang);
        type("name", "Green fox");
        send();
        check("workshop-join-persona", lang);
        find("input[value=emma]").click();
        send();
        check("workshop-welcome", lang);
        clickAndLoad(find("#start-as"));
        routeOneToTheEnd();

        // Learner 2, typing the code, in English: three wrong IBAN ends.
        as("iban");
        open("/join?lang=en");
        type("code", code.toLowerCase());
        type("name", "Blue heron");
        send();
        find("input[value=emma]").click();
        send();
        clickAndLoad(find("#start-as"));
        identity();
        for (int i = 0; i < 3; i++) {
            type("lastSeven", "0000000");
            send();
            assertThat(find("#lastSeven-error").getText()).isNotBlank();
        }

        // Learner 3: David, FranceConnect, three wrong impots.gouv.fr passwords.
        as("franceconnect");
        open("/join?lang=en");
        type("code", code);
        type("name", "Red kite");
        send();
        find("input[value=david]").click();
        send();
        clickAndLoad(find("#start-as"));
        String fiscal = doc("numeroFiscal");
        identity();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/franceconnect");
        clickAndLoad(find("button.fc-button"));
        clickAndLoad(find("a.fc-provider[href$='/providers/impots']"));
        for (int i = 0; i < 3; i++) {
            type("numeroFiscal", fiscal);
            type("password", "NotThePassword" + i);
            send();
            assertThat(find("#password-error").getText()).isNotBlank();
        }

        // The board, never reloaded, has updated itself: the two stuck learners first.
        driver.switchTo().window(boardTab);
        as("volunteer");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#board-rows tr")).size() == 3);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#board-rows tr.is-stuck"))
                                .size()
                        == 2);
        var rows = findAll("#board-rows tr");
        assertThat(rows.get(0).getAttribute("class")).contains("is-stuck");
        assertThat(rows.get(1).getAttribute("class")).contains("is-stuck");
        assertThat(rows.get(2).getText()).contains("Green fox");
        String stuck = rows.get(0).getText() + rows.get(1).getText();
        assertThat(stuck).contains("Blue heron", "Red kite");
        assertThat(stuck).contains(lang.equals("fr") ? "lettre/chiffre de l'IBAN" : "IBAN letter/digit");
        assertThat(stuck).contains(lang.equals("fr") ? "mot de passe impots.gouv.fr" : "impots.gouv.fr password");
        assertThat(find("#board-summary").getText())
                .isEqualTo(lang.equals("fr") ? "3 participants, 2 en difficulté" : "3 learners, 2 stuck");
        check("workshop-board-stuck", lang);
        if (lang.equals("en")) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
            saveScreenshot("workshop-board");
            desktop();
        }

        clickAndLoad(find("#debrief-link"));
        assertThat(find(".workshop-mistakes li h3").getText()).isNotBlank();
        assertThat(find("main").getText()).doesNotContain("Blue heron", "Red kite", "Green fox");
        assertThat(findAll(".workshop-mistakes a[href*='where-to-find-your-numbers#']"))
                .isNotEmpty();
        check("workshop-debrief", lang);
        if (lang.equals("en")) {
            saveScreenshot("workshop-debrief");
        }

        clickAndLoad(find(".back-link"));
        clickAndLoad(find("#close-link"));
        check("workshop-close", lang);
        clickAndLoad(find("#confirm-close"));
        check("workshop-closed", lang);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop_learner WHERE workshop_id IN "
                                + "(SELECT id FROM workshop WHERE join_code = ?)")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();

        // Each learner's next page says the workshop has ended; their journey is gone.
        as("iban");
        open("/practice/iban");
        assertThat(driver.getCurrentUrl()).endsWith("/join/ended");
        check("workshop-ended", "en");
        open("/practice/iban");
        assertThat(driver.getCurrentUrl()).doesNotStartWith(url("/practice/iban"));
        driver.switchTo().window(learnerTab).close();
        driver.switchTo().window(boardTab);
    }

    /** From the persona's documents page: read the numbers, then the identity step as ameli asks it. */
    void identity() {
        String[] birth = doc("birthDate").split("/");
        String surname = doc("surname");
        String nir = doc("nir");
        String postcode = doc("postcode");
        clickAndLoad(find("#start-signup"));
        type("lastName", surname);
        type("nir", nir);
        type("day", birth[0]);
        type("month", birth[1]);
        type("year", birth[2]);
        type("postcode", postcode);
        send();
    }

    void routeOneToTheEnd() {
        String iban = doc("iban").replace(" ", "");
        String serial = doc("serial").replace(" ", "");
        String email = doc("email");
        String mobile = doc("mobile");
        identity();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/iban");
        RouteOneSteps.ibanToCheckAnswers(this, iban.substring(20), serial.substring(7), email, mobile);
        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/confirmation");
    }

    /** A look-alike read off the board (O for C) is named next to the box; docs/workshop.md shows it on a phone. */
    @Test
    void aCodeWithALookAlikeIsExplainedOnAPhone() throws Exception {
        open("/join?lang=en");
        // A phone's width; taller than PHONE so the box shows under the longer message.
        driver.manage().window().setSize(new Dimension(PHONE.getWidth(), 1000));
        try {
            type("code", "4F94CO");
            send();
            assertThat(find("#code-error").getText()).contains("Codes never contain", "O", "0");
            assertThat(find("#code").getAttribute("value")).isEqualTo("4F94CO");
            assertNoAxeViolations("workshop-join-lookalike");
            saveScreenshot("workshop-join-phone");
        } finally {
            desktop();
        }
    }

    void desktop() {
        driver.manage().window().setSize(DESKTOP);
    }

    /** The screenshots docs/workshop.md shows, taken from this run. */
    void saveScreenshot(String name) throws Exception {
        screenshot(name);
        Path taken = Path.of("target", "screenshots", name + ".png");
        if (Files.exists(taken)) {
            Files.createDirectories(Path.of("docs", "screenshots"));
            Files.copy(taken, Path.of("docs", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
