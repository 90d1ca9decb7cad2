package org.ameliwalkthrough.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ameliwalkthrough.records.PracticePerson;
import org.ameliwalkthrough.records.PracticeRecords;
import org.ameliwalkthrough.support.BrowserTest;
import org.ameliwalkthrough.support.PrintedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every persona's pack prints on exactly one A4 page in each language, several packs print one per
 * page, and the pages pass axe at phone and desktop widths.
 */
class PackPrintBrowserIT extends BrowserTest {

    @Autowired
    PracticeRecords records;

    private PrintedPdf printed(String path, String name) throws IOException {
        open(path);
        PrintedPdf pdf = PrintedPdf.of(driver);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".pdf"), pdf.bytes());
        assertThat(pdf.text()).startsWith("%PDF-");
        return pdf;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyPersonasPackPrintsOnExactlyOneA4Page(String lang) throws IOException {
        for (PracticePerson person : records.findAllPersonas()) {
            PrintedPdf pdf = printed(
                    "/practice/personas/" + person.slug() + "/pack?lang=" + lang, "pack-" + person.slug() + "-" + lang);
            assertThat(pdf.pageObjects())
                    .as("pages of %s's pack in %s", person.slug(), lang)
                    .isEqualTo(1);
            assertThat(pdf.pageTreeCount()).as(person.slug()).isEqualTo(1);
        }
    }

    /** The board's packs say how to join its workshop, with the code in large type: still one page each. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aWorkshopsPacksStillPrintOnOnePageEach(String lang) throws IOException {
        open("/workshop?lang=" + lang);
        clickAndLoad(find("main form button[type=submit]"));
        String code = find("#join-code").getText();
        for (PracticePerson person : records.findAllPersonas()) {
            PrintedPdf pdf = printed(
                    "/practice/personas/" + person.slug() + "/pack?workshop=" + code + "&lang=" + lang,
                    "pack-workshop-" + person.slug() + "-" + lang);
            assertThat(find("[data-pack=code]").getText()).isEqualTo(code);
            assertThat(pdf.pageObjects())
                    .as("pages of %s's workshop pack in %s", person.slug(), lang)
                    .isEqualTo(1);
        }
        assertAccessibleAtBothWidths("pack-workshop-" + lang);
    }

    @Test
    void severalPacksPrintOnePerPage() throws IOException {
        PrintedPdf pdf = printed("/practice/personas/packs?keys=emma,david,tom&lang=en", "packs-emma-david-tom");
        assertThat(pdf.pageObjects()).isEqualTo(3);
        assertThat(pdf.pageTreeCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPackIsAccessibleAtBothWidthsAndOffersItsPrintButtonWithJavaScript(String lang) {
        open("/practice/personas/nadia/pack?lang=" + lang);
        screenshot("pack-nadia-" + lang + "@1280");
        assertThat(find("[data-print]").isDisplayed())
                .as("print.js shows the button")
                .isTrue();
        assertThat(find("[data-print-hint]").isDisplayed())
                .as("and hides the hint")
                .isFalse();
        assertAccessibleAtBothWidths("pack-nadia-" + lang);
        driver.manage().window().setSize(PHONE);
        screenshot("pack-nadia-" + lang + "@375");
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0L);
    }

    @Test
    void theIndexAndSeveralPacksAreAccessible() {
        open("/practice/personas/packs?lang=fr");
        assertAccessibleAtBothWidths("packs-index-fr");
        open("/practice/personas/packs?keys=emma,david,pierre&lang=en");
        assertAccessibleAtBothWidths("packs-several-en");
    }

    @Test
    void anUnknownPersonaGetsThePlainNotFoundPageInTheLayout() {
        open("/practice/personas/nobody/pack?lang=en");
        assertThat(find("main h1").getText()).isEqualTo("Page not found");
        assertThat(find(".practice-banner").isDisplayed()).isTrue();
        assertThat(findAll(".pack")).isEmpty();
        assertNoAxeViolations("pack-unknown");
    }

    @Test
    void printingWithoutTheMenuKeepsThePracticeWarning() {
        open("/practice/personas/emma/pack?lang=en");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            screenshot("pack-emma-print");
            assertThat(find(".site-header__bar").isDisplayed()).isFalse();
            assertThat(find(".pack-tools").isDisplayed()).isFalse();
            assertThat(find(".practice-banner").isDisplayed()).isTrue();
            assertThat(find(".pack__warning").isDisplayed()).isTrue();
            List<?> columns = (List<?>)
                    driver.executeScript(
                            "return getComputedStyle(document.querySelector('.pack .documents')).gridTemplateColumns.split(' ');");
            assertThat(columns).as("three documents to a row on paper").hasSize(3);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }
}
