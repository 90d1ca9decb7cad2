package org.ameliwalkthrough.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, given by path so that Selenium never downloads anything.
 * Absent locally: browser tests are skipped; with -Dbrowser.required=true (CI) they fail instead.
 */
public final class Chromium {

    static final File BROWSER = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {}

    public static boolean available() {
        return BROWSER.canExecute() && DRIVER.canExecute();
    }

    public static boolean required() {
        return Boolean.getBoolean("browser.required");
    }

    public static ChromeDriver start(boolean javascript) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "chromium-profiles"));
        Path profile = Files.createTempDirectory(base.toAbsolutePath(), "profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=en-GB",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        if (!javascript) {
            // "JavaScript off" as the site sees it: none of its scripts load (it has no inline ones; the
            // CSP forbids them). Chromium's own switch would also stop axe-core, which runs as a script.
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js")));
        }
        return driver;
    }
}
