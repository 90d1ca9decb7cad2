package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ameliwalkthrough.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The persona documents and the header as a phone shows them, measured in Chromium: RIB text rendered at
 * 12 px or more, IBAN groups never broken, the tax notice's name inside the paper, the menu folded behind
 * its button, radio targets of 24 px (WCAG 2.5.8). Screenshots go to target/screenshots.
 */
class DrawingsBrowserIT extends BrowserTest {

    static final Dimension SMALLEST = new Dimension(320, 700);

    /** Personas with a RIB on file (David has none). */
    static final List<String> WITH_RIB =
            List.of("emma", "priya", "lucas", "amina", "sarah", "tom", "nadia", "olivia", "pierre");

    /** Rendered size in CSS px of each RIB label and call-out: its font size times the drawing's scale. */
    static final String RIB_LABEL_PX = """
            return [...document.querySelectorAll('#rib svg .doc-label, #rib svg .doc-callout')].map(t =>
              parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a);
            """;

    /** Every text of every drawing whose box reaches past the drawing's viewBox, or that is squeezed. */
    static final String CLIPPED_TEXTS = """
            return [...document.querySelectorAll('figure svg text')].filter(t => {
              const box = t.getBBox(), view = t.ownerSVGElement.viewBox.baseVal;
              return box.x < 0 || box.x + box.width > view.width - 2 || t.hasAttribute('textLength');
            }).map(t => t.closest('figure').id + ': ' + t.textContent);
            """;

    /** IBAN groups (below the RIB) drawn on more than one line box. */
    static final String BROKEN_GROUPS = """
            return [...document.querySelectorAll('#rib .iban-group')]
              .filter(g => g.getClientRects().length !== 1).map(g => g.textContent);
            """;

    @BeforeEach
    void freshVisitor() {
        driver.manage().deleteAllCookies();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void documentsReadableAndUnbrokenOnPhones(String lang) {
        List<String> banks = new ArrayList<>();
        for (String persona : WITH_RIB) {
            choose(persona, lang);
            for (Dimension size : new Dimension[] {SMALLEST, PHONE, DESKTOP}) {
                driver.manage().window().setSize(size);
                String at = persona + "-" + lang + "@" + size.getWidth();
                assertThat((List<?>) driver.executeScript(RIB_LABEL_PX))
                        .as("RIB labels in px, " + at)
                        .isNotEmpty()
                        .allSatisfy(
                                px -> assertThat(((Number) px).doubleValue()).isGreaterThanOrEqualTo(12.0));
                assertThat((List<?>) driver.executeScript(CLIPPED_TEXTS))
                        .as("clipped or squeezed drawing texts, " + at)
                        .isEmpty();
                assertThat((List<?>) driver.executeScript(BROKEN_GROUPS))
                        .as("IBAN groups broken across lines, " + at)
                        .isEmpty();
                assertThat(findAll("#rib .iban-group")).hasSize(7);
            }
            String iban = find("[data-doc=iban]").getText().replace(" ", "");
            String marked = find("#rib [data-rib=account-end]").getAttribute("textContent")
                    + find("#rib [data-rib=key]").getAttribute("textContent");
            assertThat(marked).as("the RIB row marks the IBAN's last 7").isEqualTo(iban.substring(iban.length() - 7));
            assertThat(find("h1").getText()).as("the tax notice's name, whole").contains(taxName());
            String bank = joined("#rib [data-rib=bank]");
            assertThat(bank).doesNotContain(lang.equals("fr") ? "entraînement" : "Practice Bank");
            banks.add(bank);
        }
        assertThat(banks).as("each persona's own bank on the RIB").doesNotHaveDuplicates();
    }

    @Test
    void documentsPageAtBothWidthsLooksRightAndPassesAxe() {
        choose("lucas", "fr");
        assertAccessibleAtBothWidths("drawings-documents-lucas-fr");
        fullPageScreenshots("drawings-documents-lucas-fr");
        choose("emma", "en");
        fullPageScreenshots("drawings-documents-emma-en");
        for (Dimension size : new Dimension[] {SMALLEST, DESKTOP}) {
            driver.manage().window().setSize(size);
            for (String id : List.of("identity-document", "carte-vitale", "rib", "tax-notice", "proof-of-address")) {
                elementScreenshot(id, "drawings-" + id + "-emma-en@" + size.getWidth());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void onAPhoneTheMenuFoldsBehindAButtonThatOpensIt(String lang) {
        open("/guide?lang=" + lang);
        driver.manage().window().setSize(PHONE);
        WebElement button = find(".site-menu > summary");
        assertThat(button.isDisplayed()).isTrue();
        assertThat(find("nav.site-nav a").isDisplayed()).as("menu folded").isFalse();
        List<WebElement> bar = List.of(find(".site-name"), find(".lang-switch"), button);
        long barTop = ((Number) driver.executeScript(
                        "return document.querySelector('.site-header__bar').getBoundingClientRect().top"))
                .longValue();
        for (WebElement e : bar) {
            var r = e.getRect();
            assertThat(r.getY() + r.getHeight() / 2)
                    .as("one line: " + e.getText())
                    .isBetween((int) barTop, (int) barTop + 56);
        }
        assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        assertThat((Boolean) driver.executeScript(
                        "const n = document.querySelector('.site-name'); return n.scrollWidth <= n.clientWidth"))
                .as("the site name whole, not cut")
                .isTrue();
        assertNoAxeViolations("menu-closed-" + lang + "@375");
        screenshot("drawings-menu-closed-" + lang + "@375");

        button.click();
        assertThat(find("nav.site-nav a").isDisplayed()).as("menu open").isTrue();
        assertThat(findAll("nav.site-nav a"))
                .allSatisfy(a -> assertThat(a.getSize().getHeight()).isGreaterThanOrEqualTo(24));
        assertNoAxeViolations("menu-open-" + lang + "@375");
        screenshot("drawings-menu-open-" + lang + "@375");

        driver.navigate().refresh();
        driver.manage().window().setSize(DESKTOP);
        assertThat(find(".site-menu > summary").isDisplayed())
                .as("no button on a wide screen")
                .isFalse();
        // Selenium's isDisplayed calls anything inside a closed <details> hidden, whatever CSS shows: ask the page
        assertThat((List<Object>) driver.executeScript(
                        "return [...document.querySelectorAll('nav.site-nav a')].map(a => a.checkVisibility()"
                                + " && a.getBoundingClientRect().height > 0)"))
                .hasSize(6)
                .containsOnly(true);
        find(".lang-switch").sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("/guide");
        assertThat(accessibleLinkNames()).contains(find("nav.site-nav a").getAttribute("textContent"));
        assertNoAxeViolations("menu-" + lang + "@1280");
        screenshot("drawings-menu-" + lang + "@1280");
    }

    @Test
    void whichRouteRadiosAreBigEnoughToTap() {
        open("/guide/which-route?lang=fr");
        driver.manage().window().setSize(PHONE);
        List<WebElement> radios = findAll("input[type=radio]");
        assertThat(radios).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getSize().getWidth()).as(r.getAttribute("id")).isGreaterThanOrEqualTo(24);
            assertThat(r.getSize().getHeight()).as(r.getAttribute("id")).isGreaterThanOrEqualTo(24);
        });
        assertAccessibleAtBothWidths("drawings-which-route-fr");
        driver.manage().window().setSize(PHONE);
        screenshot("drawings-which-route-fr@375");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void davidsRouteIsExplainedNotFlaggedAsAMistake(String lang) {
        choose("david", lang);
        Map<String, String> doc = Map.of("lastName", text("surname"), "nir", text("nir"), "postcode", text("postcode"));
        String[] born = text("birthDate").split("/");
        clickAndLoad(find("#start-signup"));
        doc.forEach(this::type);
        type("day", born[0]);
        type("month", born[1]);
        type("year", born[2]);
        clickAndLoad(find("main form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/franceconnect");

        WebElement panel = find(".blocker-panel");
        assertThat(panel.getCssValue("border-left-color"))
                .as("not the error red")
                .isNotEqualTo("rgba(164, 22, 26, 1)");
        assertThat(find(".blocker-panel .real-message").getCssValue("border-left-color"))
                .isNotEqualTo("rgba(164, 22, 26, 1)");
        assertAccessibleAtBothWidths("drawings-david-franceconnect-" + lang);
        driver.manage().window().setSize(PHONE);
        screenshot("drawings-david-franceconnect-" + lang + "@375");

        clickAndLoad(find(".fc-button"));
        driver.manage().window().setSize(PHONE);
        WebElement label = find(".fc-band__label");
        assertThat(((Number) driver.executeScript("return arguments[0].getClientRects().length", label)).intValue())
                .as("the practice label on one line")
                .isEqualTo(1);
        assertThat(label.getSize().getHeight()).isLessThan(36);
        screenshot("drawings-fc-band-" + lang + "@375");
    }

    /** The names of the links in Chromium's accessibility tree (what a screen reader is given). */
    @SuppressWarnings("unchecked")
    private List<String> accessibleLinkNames() {
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        return ((List<Map<String, Object>>) tree.get("nodes"))
                .stream()
                        .filter(n -> !Boolean.TRUE.equals(n.get("ignored")))
                        .filter(n -> "link".equals(((Map<String, Object>) n.get("role")).get("value")))
                        .map(n -> String.valueOf(((Map<String, Object>) n.get("name")).get("value")))
                        .toList();
    }

    private void choose(String persona, String lang) {
        driver.manage().window().setSize(DESKTOP);
        open("/practice?lang=" + lang);
        screenshot("drawings-start-" + persona + "-" + lang);
        clickAndLoad(new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("persona-" + persona))));
        assertThat(driver.getCurrentUrl()).endsWith("/practice/documents");
    }

    /** The tax notice's name lines (given names, surname) put back together. */
    private String taxName() {
        return joined("#tax-notice [data-tax=name]");
    }

    private String joined(String css) {
        return String.join(
                " ",
                driver.findElements(By.cssSelector(css)).stream()
                        .map(e -> e.getAttribute("textContent").strip())
                        .toList());
    }

    private String text(String doc) {
        return find("[data-doc=" + doc + "]").getText().strip();
    }

    /** One drawing as the screen shows it, to look at (target/screenshots). */
    private void elementScreenshot(String id, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), find("#" + id).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fullPageScreenshots(String name) {
        for (Dimension size : new Dimension[] {PHONE, DESKTOP}) {
            driver.manage().window().setSize(size);
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) height + 140));
            screenshot(name + "@" + size.getWidth());
        }
        driver.manage().window().setSize(DESKTOP);
    }
}
