package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in headless Chromium against the whole application, the way a user keeps it open:
 * one page load for the class, changes made in the page and behind its back through REST. The
 * order only makes the closing screenshot repeatable; every test stands on its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    @TempDir
    static Path dir;

    private static DashboardServer server;
    private static WebDriver browser;
    private static DashboardPage page;
    private static ApiCalls api;

    @BeforeAll
    static void openDashboard() {
        if (!HeadlessChromium.installed()) {
            return; // each test reports the skip (or, on CI, the failure)
        }
        server = DashboardServer.start(dir.resolve("notify.db"));
        api = new ApiCalls(server.baseUrl());
        browser = HeadlessChromium.start(dir.resolve("profile"));
        page = new DashboardPage(browser, server.baseUrl()).open();
        page.mark();
    }

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void closeDashboard() {
        try {
            if (browser != null) {
                try {
                    if (page != null) {
                        page.awaitHighlightsFaded();
                    }
                    DashboardScreenshot.save(browser);
                } finally {
                    browser.quit();
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void listsTheSeededTasksAndDevices() {
        List<String> seededTasks =
                IntStream.rangeClosed(1, 10).mapToObj(i -> "Task U" + i).toList();
        assertTrue(page.taskNames().containsAll(seededTasks), () -> "tasks shown: " + page.taskNames());
        assertEquals(IntStream.rangeClosed(1, 10).mapToObj(i -> "Device U" + i).toList(), page.deviceNames());
    }

    @Test
    @Order(2)
    void taskCreatedInTheFormAppearsWithItsNotification() {
        page.submitTask("Water the plants", "in_progress");

        WebElement row = page.awaitTaskRow("Water the plants");
        assertEquals("in_progress", row.getDomAttribute("data-status"));
        assertEquals(
                "SUCCESS",
                page.awaitFeedMessage("New task Water the plants created").type());
        page.awaitTaskFormCleared();
    }

    @Test
    @Order(3)
    void taskCreatedThroughTheApiAppearsWithoutReload() {
        long id = api.createTask("Write the report");

        WebElement row = page.awaitTaskRow("Write the report");
        assertEquals(String.valueOf(id), row.getDomAttribute("data-task-id"));
        assertEquals("pending", row.getDomAttribute("data-status"));
        page.awaitFeedMessage("New task Write the report created");
        assertTrue(page.stillMarked(), "the page was not reloaded");
    }

    @Test
    @Order(4)
    void deviceChangeReportedThroughTheApiShowsLive() {
        api.reportDevice(2, true);
        page.awaitDeviceOnline(2, true);
        assertEquals(
                "INFO", page.awaitFeedMessage("Device Device U2 is now online").type());

        api.reportDevice(2, false);
        page.awaitDeviceOnline(2, false);
        assertEquals(
                "ALERT",
                page.awaitFeedMessage("Device Device U2 is now offline").type());
        assertTrue(page.stillMarked(), "the page was not reloaded");
    }

    @Test
    @Order(5)
    void statusPickedInARowIsSavedAndNotified() {
        page.changeStatusInRow("Task U3", "completed");

        assertEquals(
                "SUCCESS",
                page.awaitFeedMessage("Task 3 status updated to completed").type());
        assertEquals("completed", page.awaitTaskRow("Task U3").getDomAttribute("data-status"));
    }

    @Test
    @Order(6)
    void refusedTaskShowsTheProblemDetailInTheErrorBanner() {
        String tooLong = "x".repeat(201);
        page.submitTask(tooLong, "pending");

        ErrorBanner banner = page.awaitErrorBanner();
        assertEquals("422", banner.status());
        assertEquals("Could not create the task: Unprocessable Content", banner.title());
        assertEquals("Invalid value for 'name': must be at most 200 characters", banner.detail());
        assertEquals(List.of("name: must be at most 200 characters"), banner.fields());
        assertFalse(page.taskNames().contains(tooLong), "nothing was created");
        assertEquals(tooLong, page.taskNameInput(), "the input is kept for correcting it");

        page.dismissErrorBanner();
        page.clearTaskName();
    }
}
