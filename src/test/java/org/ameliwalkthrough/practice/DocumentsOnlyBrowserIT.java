package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

/**
 * A newcomer finishes route 1 from the screen alone: every answer is read from the persona's
 * rendered documents page (what a person sees), never from code, SQL or a test constant. Emma,
 * Lucas and Amina are the personas whose records open route 1 without rehearsing a blocker; Olivia
 * rehearses the shared family address, and her own practice address goes through.
 */
class DocumentsOnlyBrowserIT extends BrowserTest {

    /** What the documents page shows, as the person reads it. */
    record Papers(
            String surname,
            String givenNames,
            String nir,
            String[] birthDate,
            String postcode,
            String iban,
            String serial,
            String email,
            String mobile) {}

    @BeforeEach
    void freshVisitor() {
        driver.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @CsvSource({"emma, en", "lucas, fr", "amina, en", "amina, fr", "olivia, fr"})
    void routeOneFromTheDocumentsPageAlone(String persona, String lang) {
        open("/practice?lang=" + lang);
        clickAndLoad(find("#persona-" + persona));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/documents");
        assertAccessibleAtBothWidths("documents-" + persona + "-" + lang);
        screenshots("documents-" + persona + "-" + lang);
        Papers papers = read();

        clickAndLoad(find("#start-signup"));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/identity");
        type("lastName", papers.surname());
        type("nir", papers.nir());
        type("day", papers.birthDate()[0]);
        type("month", papers.birthDate()[1]);
        type("year", papers.birthDate()[2]);
        type("postcode", papers.postcode());
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/iban");
        type("lastSeven", papers.iban().substring(papers.iban().length() - 7));
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/serial");
        String shown = find("[data-shown=serial]").getText().replace("…", "").replace(" ", "");
        assertThat(shown).hasSize(7);
        assertThat(papers.serial()).startsWith(shown);
        type("missing", papers.serial().substring(shown.length()));
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/conditions");
        find("#accepted1").click();
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/password");
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/contact");
        assertThat(find("[data-practice=email]").getText()).isEqualTo(papers.email());
        assertThat(find("[data-practice=mobile]").getText()).isEqualTo(papers.mobile());
        assertNoAxeViolations("contact-" + persona + "-" + lang);
        screenshot("contact-" + persona + "-" + lang + "@1280");
        type("email", papers.email());
        type("phone", papers.mobile());
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/confirmation");
    }

    /**
     * The FranceConnect route for each persona Assurance Maladie cannot recognise by card and bank
     * (David: no bank details on file; Priya: her card is not activated), from their documents page
     * alone: the identity answers, then the numéro fiscal and practice password of their tax notice.
     */
    @ParameterizedTest
    @CsvSource({"david, en", "david, fr", "priya, fr", "priya, en"})
    void franceConnectRouteFromTheDocumentsPageAlone(String persona, String lang) {
        open("/practice?lang=" + lang);
        clickAndLoad(find("#persona-" + persona));
        String[] birthDate = text("birthDate").split("/");
        // no RIB for David: Assurance Maladie has no bank details for him, so no IBAN to read
        Papers papers = new Papers(
                text("surname"),
                text("givenNames"),
                text("nir").replace(" ", ""),
                birthDate,
                text("postcode"),
                null,
                null,
                text("email"),
                text("mobile"));
        String numeroFiscal = text("numeroFiscal").replace(" ", "");
        String taxPassword = text("taxPassword");

        clickAndLoad(find("#start-signup"));
        type("lastName", papers.surname());
        type("nir", papers.nir());
        type("day", papers.birthDate()[0]);
        type("month", papers.birthDate()[1]);
        type("year", papers.birthDate()[2]);
        type("postcode", papers.postcode());
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/franceconnect");
        clickAndLoad(find("button.fc-button"));
        assertThat(driver.getCurrentUrl()).contains("/practice-franceconnect/choose");
        clickAndLoad(find("a.fc-provider[href$='/providers/impots']"));
        type("numeroFiscal", numeroFiscal);
        type("password", taxPassword);
        send();
        assertThat(driver.getCurrentUrl()).contains("/practice-franceconnect/consent");
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/conditions");
        find("#accepted1").click();
        send();
        type("password", "Practice1!");
        type("confirmation", "Practice1!");
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/contact");
        type("email", papers.email());
        type("phone", papers.mobile());
        send();

        assertThat(driver.getCurrentUrl()).endsWith("/practice/check-answers");
        assertThat(find("main").getText())
                .as("every given name FranceConnect passed")
                .contains(papers.givenNames());
        assertNoAxeViolations("check-answers-fc-" + persona + "-" + lang);
        send();
        assertThat(driver.getCurrentUrl()).endsWith("/practice/confirmation");
    }

    /** The documents page as text: the identity document, carte Vitale, RIB, energy bill, contact. */
    Papers read() {
        String[] birthDate = text("birthDate").split("/");
        assertThat(birthDate).hasSize(3);
        return new Papers(
                text("surname"),
                text("givenNames"),
                text("nir").replace(" ", ""),
                birthDate,
                text("postcode"),
                text("iban").replace(" ", ""),
                text("serial").replace(" ", ""),
                text("email"),
                text("mobile"));
    }

    String text(String doc) {
        String value = find("[data-doc=" + doc + "]").getText().strip();
        assertThat(value).as(doc).isNotBlank();
        return value;
    }

    void send() {
        clickAndLoad(find("main form button[type=submit]"));
    }

    /** The documents page at both widths, full height, to look at (target/screenshots). */
    void screenshots(String name) {
        for (var size : new org.openqa.selenium.Dimension[] {PHONE, DESKTOP}) {
            driver.manage().window().setSize(size);
            WebElement main = find("main");
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) height + 140));
            assertThat(main.isDisplayed()).isTrue();
            screenshot(name + "@" + size.getWidth());
        }
        driver.manage().window().setSize(DESKTOP);
    }
}
