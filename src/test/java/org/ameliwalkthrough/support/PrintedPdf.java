package org.ameliwalkthrough.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page as Chromium prints it through DevTools' Page.printToPDF, as "Save as PDF" would (A4, no
 * background colours), and its pages counted in the PDF's bytes: Chromium (Skia) writes the page
 * dictionaries uncompressed.
 */
public record PrintedPdf(byte[] bytes) {

    private static final double A4_WIDTH_INCHES = 210 / 25.4;
    private static final double A4_HEIGHT_INCHES = 297 / 25.4;
    /** A page object, not the /Pages tree above it. */
    private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

    private static final Pattern PAGES_COUNT = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)");

    /**
     * Headless Chromium sometimes answers "Printing failed" on a loaded machine (seen once in CI, the
     * same page printing fine at once after): one more try, so the page count is what is tested.
     */
    public static PrintedPdf of(ChromeDriver driver) {
        try {
            return once(driver);
        } catch (WebDriverException printingFailed) {
            return once(driver);
        }
    }

    private static PrintedPdf once(ChromeDriver driver) {
        Map<String, Object> result = driver.executeCdpCommand(
                "Page.printToPDF",
                Map.of(
                        "paperWidth",
                        A4_WIDTH_INCHES,
                        "paperHeight",
                        A4_HEIGHT_INCHES,
                        "printBackground",
                        false,
                        "displayHeaderFooter",
                        false));
        return new PrintedPdf(Base64.getDecoder().decode((String) result.get("data")));
    }

    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The page objects in the file. */
    public long pageObjects() {
        return PAGE_OBJECT.matcher(text()).results().count();
    }

    /** The /Count of the page tree, or -1 when there is none. */
    public int pageTreeCount() {
        Matcher count = PAGES_COUNT.matcher(text());
        return count.find() ? Integer.parseInt(count.group(1)) : -1;
    }
}
