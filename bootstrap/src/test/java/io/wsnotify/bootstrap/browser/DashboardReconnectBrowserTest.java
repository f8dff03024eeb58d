package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The open dashboard survives a server restart: it shows that it is reconnecting, comes back live
 * on the same address by itself and shows every notification of the log once, in order, including
 * those published after the restart while it was still disconnected.
 *
 * <p>To publish "while the page is disconnected" without racing its reconnect timer, the browser
 * is held offline (Chromium's network emulation) from the stop until the publishing is done.
 */
class DashboardReconnectBrowserTest {
    /** The page retries with a backoff of up to 10 s (±20 %) and also at once when the browser is back online. */
    private static final Duration RECONNECT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private static DashboardServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void startServerAndBrowser() {
        if (!HeadlessChromium.installed()) {
            return; // each test reports the skip (or, on CI, the failure)
        }
        server = DashboardServer.start(dir.resolve("notify.db"));
        browser = HeadlessChromium.start(dir.resolve("profile"));
    }

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void reconnectsAfterARestartAndShowsEveryNotificationExactlyOnceInOrder() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).open();
        page.mark();
        ApiCalls api = new ApiCalls(server.baseUrl());
        api.createTask("Before restart 1");
        api.createTask("Before restart 2");
        page.awaitFeedMessage("New task Before restart 2 created");

        server.stop();
        page.awaitConnectionState("reconnecting", DashboardPage.WAIT);
        browserOffline(true);
        server.restart();
        List<String> afterRestart =
                IntStream.rangeClosed(1, 3).mapToObj(i -> "After restart " + i).toList();
        afterRestart.forEach(api::createTask);
        api.reportDevice(1, false);
        assertEquals("reconnecting", page.connectionState(), "published while the page was disconnected");
        browserOffline(false);

        page.awaitConnectionState("live", RECONNECT);
        List<Long> logged = api.loggedSeqs();
        assertEquals(6, logged.size(), () -> "notifications in the log: " + logged);
        List<FeedItem> feed = page.awaitFeed(
                DashboardPage.WAIT,
                "every seq of the log in the feed",
                items -> items.stream().map(FeedItem::seq).toList().containsAll(logged));
        List<Long> newestFirst =
                logged.stream().sorted(Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, feed.stream().map(FeedItem::seq).toList(), "each seq once, newest first");
        assertEquals("Device Device U1 is now offline", feed.get(0).message());
        page.awaitDeviceOnline(1, false);
        assertTrue(page.taskNames().containsAll(afterRestart), () -> "tasks shown: " + page.taskNames());
        assertTrue(page.stillMarked(), "the page reconnected by itself, without a reload");
    }

    /** Emulates a browser without network (its WebSocket attempts fail), or lifts that again. */
    private static void browserOffline(boolean offline) {
        if (offline) {
            browser.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        } else {
            browser.deleteNetworkConditions();
        }
    }
}
