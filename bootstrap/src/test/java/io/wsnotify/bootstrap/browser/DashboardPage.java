package io.wsnotify.bootstrap.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object of the dashboard at {@code /}: reads and drives it only through its
 * {@code data-testid} hooks. Lists are read with one script call each, so a live update
 * between two reads cannot leave a half-read (stale) list behind.
 */
final class DashboardPage {
    static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String baseUrl;

    DashboardPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Loads the page and waits until the lists are loaded and the stream is live. */
    DashboardPage open() {
        driver.get(baseUrl + "/");
        awaitConnectionState("live", WAIT);
        return this;
    }

    /** Loads the page without a stored token (this browser forgets any token an earlier page saved). */
    DashboardPage openWithoutToken() {
        driver.get(baseUrl + "/");
        script("localStorage.clear();");
        driver.navigate().refresh();
        return this;
    }

    /** Reloads the page (the saved token is kept) and waits until it is live again. */
    void reload() {
        driver.navigate().refresh();
        awaitConnectionState("live", WAIT);
    }

    /** The token field, the identity badge and the refusals they lead to. */
    TokenBar tokenBar() {
        return new TokenBar(driver);
    }

    String connectionState() {
        return byTestId("connection-state").getDomAttribute("data-state");
    }

    void awaitConnectionState(String state, Duration timeout) {
        await(timeout, "connection-state " + state, d -> state.equals(connectionState()));
    }

    /** Leaves a mark on this document; {@link #stillMarked()} tells whether the page was reloaded since. */
    void mark() {
        script("window.__browserTestMark = 'kept';");
    }

    boolean stillMarked() {
        return "kept".equals(script("return window.__browserTestMark || null;"));
    }

    List<String> taskNames() {
        return texts("[data-testid=task-row] [data-testid=task-row-name]");
    }

    /** Waits for the task row showing {@code name} and returns it. */
    WebElement awaitTaskRow(String name) {
        return await(WAIT, "a task row named " + name, d -> (WebElement) script(
                "return [...document.querySelectorAll('[data-testid=task-row]')].find(row => "
                        + "row.querySelector('[data-testid=task-row-name]').textContent === arguments[0]) || null;",
                name));
    }

    /** Fills the task form and submits it. */
    void submitTask(String name, String status) {
        WebElement input = byTestId("task-name-input");
        input.clear();
        input.sendKeys(name);
        new Select(byTestId("task-status-select")).selectByValue(status);
        byTestId("task-submit").click();
    }

    /** Picks {@code status} in the row's status select, which saves it at once. */
    void changeStatusInRow(String name, String status) {
        new Select(awaitTaskRow(name).findElement(By.cssSelector("[data-testid=task-row-status]")))
                .selectByValue(status);
    }

    /** Empties the task form's name field. */
    void clearTaskName() {
        byTestId("task-name-input").clear();
    }

    String taskNameInput() {
        return byTestId("task-name-input").getDomProperty("value");
    }

    /** Waits until the form has taken its answer and emptied the name field for the next task. */
    void awaitTaskFormCleared() {
        await(
                WAIT,
                "the task form to be cleared",
                d -> taskNameInput().isEmpty() && byTestId("task-submit").isEnabled());
    }

    List<String> deviceNames() {
        return texts("[data-testid=device-row] [data-testid=device-row-name]");
    }

    /** Waits until the row of device {@code id} shows {@code data-online="<online>"}. */
    void awaitDeviceOnline(long id, boolean online) {
        By row = By.cssSelector("[data-testid=device-row][data-device-id='" + id + "']");
        await(
                WAIT,
                "device " + id + " online=" + online,
                ExpectedConditions.attributeToBe(row, "data-online", String.valueOf(online)));
    }

    /** The feed, newest first. */
    List<FeedItem> feed() {
        return ((List<?>) script(FeedItem.READ_ALL))
                .stream().map(FeedItem::fromScript).toList();
    }

    /** Waits for a feed item with exactly this message and returns it. */
    FeedItem awaitFeedMessage(String message) {
        return await(
                WAIT,
                "a feed item saying " + message,
                d -> feed().stream()
                        .filter(item -> item.message().equals(message))
                        .findFirst()
                        .orElse(null));
    }

    /** Waits until {@code condition} holds for the feed (e.g. every expected seq is there). */
    List<FeedItem> awaitFeed(Duration timeout, String what, Function<List<FeedItem>, Boolean> condition) {
        return await(timeout, what, d -> {
            List<FeedItem> feed = feed();
            return condition.apply(feed) ? feed : null;
        });
    }

    /** Waits until the error banner is shown and returns what it says. */
    ErrorBanner awaitErrorBanner() {
        await(WAIT, "the error banner", ExpectedConditions.visibilityOf(byTestId("error-banner")));
        return ErrorBanner.fromScript(script(ErrorBanner.READ));
    }

    /** Closes the error banner with its × button and waits until it is gone. */
    void dismissErrorBanner() {
        byTestId("error-dismiss").click();
        await(WAIT, "the error banner to close", ExpectedConditions.invisibilityOf(byTestId("error-banner")));
    }

    /**
     * Waits until the short highlight of rows changed live has faded and new feed items have
     * faded in (every animation that ends has ended), for a calm screenshot.
     */
    void awaitHighlightsFaded() {
        await(WAIT, "highlights to fade", d -> (Boolean) script("return document.querySelector('.flash') === null"
                + " && document.getAnimations().every(a => a.effect.getTiming().iterations === Infinity);"));
    }

    private WebElement byTestId(String testId) {
        return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }

    private Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    private <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .withMessage("waiting for " + what)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private List<String> texts(String css) {
        Object texts = script("return [...document.querySelectorAll(arguments[0])].map(n => n.textContent);", css);
        return ((List<?>) texts).stream().map(String::valueOf).toList();
    }
}
