package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard shows recent history on load (issue 12.8): the last 50 notifications of the log,
 * then live traffic from there on, every seq once and in order, also when notifications are
 * published while the page is loading.
 */
class DashboardHistoryBrowserTest {
    private static final int HISTORY = 50;

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
    void showsTheLastFiftyNotificationsThenLiveTrafficEachOnceInOrder() throws Exception {
        ApiCalls api = new ApiCalls(server.baseUrl());
        IntStream.rangeClosed(1, 60).forEach(i -> api.notify("{\"message\":\"before load " + i + "\"}"));
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread duringLoad = Thread.ofVirtual().start(() -> {
            try {
                IntStream.rangeClosed(1, 20).forEach(i -> api.notify("{\"message\":\"during load " + i + "\"}"));
            } catch (RuntimeException e) {
                failed.set(e);
            }
        });

        DashboardPage page = new DashboardPage(browser, server.baseUrl()).open();
        duringLoad.join();
        assertEquals(null, failed.get());
        api.notify("{\"message\":\"after load\"}");
        page.awaitFeedMessage("after load");

        List<Long> logged = api.loggedSeqs();
        List<Long> shown = page.feed().stream().map(FeedItem::seq).toList();
        assertTrue(shown.size() >= HISTORY + 1, () -> "history and the live one: " + shown);
        List<Long> newestLogged = new ArrayList<>(logged.subList(logged.size() - shown.size(), logged.size()));
        Collections.reverse(newestLogged);
        assertEquals(newestLogged, shown, "the newest part of the log, each seq once, newest first, no gap");
    }

    @Test
    void aPageOpenedOnALongLogShowsExactlyItsLastFifty() {
        ApiCalls api = new ApiCalls(server.baseUrl());
        IntStream.rangeClosed(1, HISTORY + 5).forEach(i -> api.notify("{\"message\":\"older " + i + "\"}"));
        List<Long> logged = api.loggedSeqs();

        DashboardPage page = new DashboardPage(browser, server.baseUrl()).open();
        List<FeedItem> feed = page.awaitFeed(DashboardPage.WAIT, "the history", items -> items.size() >= HISTORY);

        List<Long> lastFifty = new ArrayList<>(logged.subList(logged.size() - HISTORY, logged.size()));
        Collections.reverse(lastFifty);
        assertEquals(lastFifty, feed.stream().map(FeedItem::seq).toList());
        assertEquals("older " + (HISTORY + 5), feed.get(0).message());
    }
}
