package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Test fixture: this machine's Chromium, headless, driven through its own chromedriver. Both paths
 * are given to Selenium explicitly, so Selenium Manager never looks anything up or downloads.
 *
 * <p>Without them the browser tests are skipped, except under {@code CI=true}, where that is a failure.
 * Other locations: {@code -Dchromium.binary=...} and {@code -Dchromedriver.binary=...}.
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    /** Whether both binaries are there. */
    static boolean installed() {
        return missing().isEmpty();
    }

    /**
     * Skips the calling test when Chromium or chromedriver is missing, with a message naming what
     * is missing; under {@code CI=true} fails it instead.
     */
    static void assumeInstalled() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need Chromium and chromedriver (Debian packages chromium, chromium-driver); "
                + "not found: " + String.join(", ", missing);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + ". CI=true, so this is a failure, not a skip.");
        }
        Assumptions.abort(message + ". Skipping the browser tests.");
    }

    private static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        return missing;
    }

    /** Starts a fresh headless browser whose profile lives in {@code profile} (an empty directory). */
    static ChromeDriver start(Path profile) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1150");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        driver.manage().window().setSize(new Dimension(1280, 1150));
        return driver;
    }
}
