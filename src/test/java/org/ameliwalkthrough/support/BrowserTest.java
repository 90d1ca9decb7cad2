package org.ameliwalkthrough.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base for the *BrowserIT classes: a real server on a random port and one headless Chromium per
 * class. Subclasses that need JavaScript off override {@link #javascript()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(375, 812);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Two page-wide checks axe does not make (the same as {@link PageIntegrity} on server HTML): a
     * submit button without a form owner, and an {@code aria-describedby} naming an id that is not in
     * the document. Returns the offending elements' outerHTML.
     */
    static final String INTEGRITY_SCRIPT = """
            const lone = [...document.querySelectorAll('button, input[type=submit]')]
              .filter(b => b.type === 'submit' && b.form == null);
            const dangling = [...document.querySelectorAll('[aria-describedby]')]
              .filter(e => e.getAttribute('aria-describedby').trim().split(/\\s+/)
                .some(id => id && !document.getElementById(id)));
            return [...lone, ...dangling].map(e => e.outerHTML);
            """;

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetAttempts() {
        PracticeData.forgetAttempts(jdbc);
    }

    protected boolean javascript() {
        return true;
    }

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Chromium.available()) {
            if (Chromium.required()) {
                fail("browser.required=true but Chromium or chromedriver is missing: " + Chromium.BROWSER + ", "
                        + Chromium.DRIVER + ". Install the chromium and chromium-driver packages.");
            }
            assumeTrue(
                    false, "Chromium not installed: browser tests skipped (CI runs them with -Dbrowser.required=true)");
        }
        driver = Chromium.start(javascript());
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @BeforeEach
    void desktopSize() {
        driver.manage().window().setSize(DESKTOP);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void submit() {
        clickAndLoad(find("main form button[type=submit], main form input[type=submit]"));
    }

    /** Clicks and waits for the next page: a click returns before the browser has navigated. */
    protected void clickAndLoad(WebElement target) {
        WebElement page = find("html");
        target.click();
        waitUntilGone(page);
    }

    /**
     * Waits until an element of the previous page is gone. Chromium reports a node of a replaced
     * document either as stale or as "does not belong to the document"; both mean the page changed.
     */
    protected void waitUntilGone(WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * False on CI's second pass (PostgreSQL): the pages are the same bytes as on the first pass, which
     * scanned them, so only the journeys run again (the page-integrity checks still run).
     */
    static final boolean AXE = !"false".equals(System.getProperty("browser.axe"));

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on any violation. */
    protected void assertNoAxeViolations(String state) {
        assertPageIntegrity(state);
        if (!AXE) {
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            screenshot("axe-" + state);
        }
        assertThat(violations)
                .as(() -> "axe violations on " + state + " (" + driver.getCurrentUrl() + "):\n"
                        + violations.stream()
                                .map(v -> v.getId() + ": " + v.getHelp() + " -> "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** No submit button without a form owner, no {@code aria-describedby} naming a missing id. */
    protected void assertPageIntegrity(String state) {
        Object found = driver.executeScript(INTEGRITY_SCRIPT);
        assertThat((List<?>) found)
                .as(() -> "submit buttons without a form, or aria-describedby naming a missing id, on " + state + " ("
                        + driver.getCurrentUrl() + ")")
                .isEmpty();
    }

    /** Checks the page at desktop and phone widths; restores the desktop size. */
    protected void assertAccessibleAtBothWidths(String state) {
        driver.manage().window().setSize(DESKTOP);
        assertNoAxeViolations(state + "@1280");
        driver.manage().window().setSize(PHONE);
        assertNoAxeViolations(state + "@375");
        driver.manage().window().setSize(DESKTOP);
    }

    protected void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(
                    dir.resolve(name.replaceAll("[^A-Za-z0-9@._-]", "_") + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException ignored) {
            // a screenshot is a diagnostic aid; its failure must not hide the real assertion
        }
    }
}
