package io.wsnotify.bootstrap.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page component of the dashboard's top bar, read and driven through its {@code data-testid}
 * hooks: the token field, the identity badge saying whom the page reads as, and the error banner
 * in which a refused token (401, 403) is explained.
 */
final class TokenBar {
    private final WebDriver driver;

    TokenBar(WebDriver driver) {
        this.driver = driver;
    }

    /** Types {@code token} into the token field and presses Save. */
    void useToken(String token) {
        WebElement input = byTestId("token-input");
        input.clear();
        input.sendKeys(token);
        byTestId("token-save").click();
    }

    /** Who the page says it reads as. */
    IdentityBadge identity() {
        return IdentityBadge.fromScript(((JavascriptExecutor) driver).executeScript(IdentityBadge.READ));
    }

    /** Waits until the error banner tells a refusal of HTTP {@code status} (401 or 403) and returns it. */
    ErrorBanner awaitRefusal(int status, Duration timeout) {
        WebElement banner = byTestId("error-banner");
        new WebDriverWait(driver, timeout)
                .withMessage("waiting for the error banner to tell a " + status)
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.and(
                        ExpectedConditions.visibilityOf(banner),
                        ExpectedConditions.attributeToBe(banner, "data-status", String.valueOf(status))));
        return ErrorBanner.fromScript(((JavascriptExecutor) driver).executeScript(ErrorBanner.READ));
    }

    private WebElement byTestId(String testId) {
        return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }
}
