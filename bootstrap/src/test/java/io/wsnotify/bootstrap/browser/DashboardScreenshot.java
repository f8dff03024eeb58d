package io.wsnotify.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what the browser shows to {@code bootstrap/target/dashboard.png}; with
 * {@code -DupdateScreenshot=true} also to {@code docs/dashboard.png}, the picture in the README.
 */
final class DashboardScreenshot {
    private DashboardScreenshot() {}

    /** Takes the screenshot; returns where it was saved in target/. */
    static Path save(WebDriver driver) {
        return save(driver, "dashboard.png", Boolean.getBoolean("updateScreenshot"));
    }

    /** Takes a screenshot of another scene to {@code target/<fileName>}, for people to look at (never the README's). */
    static Path save(WebDriver driver, String fileName) {
        return save(driver, fileName, false);
    }

    private static Path save(WebDriver driver, String fileName, boolean forReadme) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path target = module.resolve("target").resolve(fileName);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            if (forReadme) {
                Path docs = module.toAbsolutePath().getParent().resolve("docs").resolve("dashboard.png");
                Files.createDirectories(docs.getParent());
                Files.copy(target, docs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the dashboard screenshot", e);
        }
        return target;
    }
}
