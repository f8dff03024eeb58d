package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard with a signed token (issue 11): it reads as the token's subject, says so, shows
 * what is addressed to that subject and nothing addressed to anyone else, live and in the history;
 * a refusal of a REST call or of the live stream is shown with the server's reason.
 */
class DashboardSignedTokenBrowserTest {
    /** The page retries with a backoff of up to 10 s (±20 %); a restart takes a few of those. */
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
        server = SignedTokenServer.start(dir.resolve("notify.db"));
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
    void readsAsTheTokensSubjectAndShowsOnlyWhatIsAddressedToIt() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        TokenBar bar = page.tokenBar();
        assertEquals("none", bar.identity().kind());
        Instant expires = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        bar.useToken(SignedTokenServer.tokenFor("alice")
                .claim("exp", expires.getEpochSecond())
                .hs256(SigningKeys.SECRET));
        page.awaitConnectionState("live", DashboardPage.WAIT);

        IdentityBadge identity = bar.identity();
        assertEquals("jwt", identity.kind());
        assertEquals("alice", identity.clientId(), "the client id it connects as");
        assertEquals("alice", identity.shownId());
        assertEquals("subscribe", identity.scopes());
        assertEquals(expires, identity.expires());
        assertFalse(identity.expired());
        assertTrue(identity.text().startsWith("asalicesubscribeuntil "), identity.text());

        ApiCalls publisher = SignedTokenServer.publisher(server);
        publisher.notifyTo("bob", "For bob only");
        publisher.notify("{\"message\": \"For everyone\"}");
        publisher.notifyTo("alice", "For alice only");
        page.awaitFeedMessage("For alice only");
        // the stream is in seq order: what was published before alice's has arrived by now, or never will
        assertTrue(page.feed().stream().anyMatch(item -> item.message().equals("For everyone")));
        assertTrue(page.feed().stream().noneMatch(item -> item.message().equals("For bob only")), "live");

        page.reload();
        page.awaitFeedMessage("For alice only");
        assertTrue(page.feed().stream().noneMatch(item -> item.message().equals("For bob only")), "history");
        assertEquals("alice", bar.identity().clientId(), "the token was kept");
        page.awaitHighlightsFaded();
        DashboardScreenshot.save(browser, "dashboard-jwt.png");
    }

    @Test
    void aStaticTokenKeepsTheTabsOwnSelfAssertedClientId() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        TokenBar bar = page.tokenBar();
        bar.useToken(SignedTokenServer.STATIC_SUBSCRIBE_TOKEN);
        page.awaitConnectionState("live", DashboardPage.WAIT);

        IdentityBadge identity = bar.identity();
        assertEquals("static", identity.kind());
        assertTrue(identity.clientId().startsWith("dash-"), identity.clientId());
        assertEquals("as" + identity.clientId() + "self-asserted", identity.text());

        ApiCalls publisher = SignedTokenServer.publisher(server);
        publisher.notifyTo(identity.clientId(), "For the tab's own id");
        publisher.notify("{\"message\": \"After the targeted one\"}");
        page.awaitFeedMessage("After the targeted one");
        assertTrue(
                page.feed().stream().noneMatch(item -> item.message().equals("For the tab's own id")),
                "with signed tokens on, a self-asserted id receives nothing addressed to it");
    }

    @Test
    void aTokenWithoutPublishShowsWhyItMayNotCreateATask() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        page.tokenBar()
                .useToken(SignedTokenServer.tokenFor("alice").scope("subscribe").hs256(SigningKeys.SECRET));
        page.awaitConnectionState("live", DashboardPage.WAIT);

        page.submitTask("Not allowed to add this", "pending");

        ErrorBanner banner = page.tokenBar().awaitRefusal(403, DashboardPage.WAIT);
        assertEquals("Could not create the task: Not allowed", banner.title());
        assertTrue(banner.detail().startsWith("The token's scope does not allow this request."), banner.detail());
        assertTrue(banner.detail().contains("for alice with scope \"subscribe\""), banner.detail());
        assertFalse(page.taskNames().contains("Not allowed to add this"), "nothing was created");
        assertEquals("live", page.connectionState(), "reading goes on");
        page.dismissErrorBanner();
        page.clearTaskName();
    }

    @Test
    void aLiveStreamRefusedAfterTheKeyChangedSaysWhyAndStops() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        page.tokenBar().useToken(SignedTokenServer.tokenFor("alice").hs256(SigningKeys.SECRET));
        page.awaitConnectionState("live", DashboardPage.WAIT);
        try {
            server.restart(SignedTokenServer.settings(SignedTokenServer.OTHER_SECRET));

            // the page only reconnects its stream: a browser sees the refused handshake as a failed connection
            ErrorBanner banner = page.tokenBar().awaitRefusal(401, RECONNECT);
            assertEquals("Live stream refused: Token refused", banner.title());
            assertTrue(banner.detail().startsWith("The token's signature is invalid."), banner.detail());
            assertEquals("offline", page.connectionState(), "no more attempts with this token");
        } finally {
            server.restart(SignedTokenServer.settings(SigningKeys.SECRET));
        }
    }
}
