package io.wsnotify.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wsnotify.adapter.jwt.testing.SigningKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard refused (issue 11): without a token, with an expired or badly signed one (401) and
 * with one that lacks the {@code subscribe} scope (403) it says why, in the server's words, asks
 * for another token and stops: the connection shows offline, not reconnecting.
 */
class DashboardTokenRefusedBrowserTest {
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
    void withoutATokenAsksForOne() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();

        ErrorBanner banner = page.tokenBar().awaitRefusal(401, DashboardPage.WAIT);
        assertEquals("Cannot load the dashboard: Authentication required", banner.title());
        assertTrue(banner.detail().startsWith("A bearer token is needed"), banner.detail());
        assertEquals("offline", page.connectionState());
    }

    @Test
    void anExpiredTokenIsRefusedWithItsReason() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        page.tokenBar()
                .useToken(SignedTokenServer.tokenFor("alice")
                        .secondsFromNow("iat", -7200)
                        .secondsFromNow("exp", -3600)
                        .hs256(SigningKeys.SECRET));

        ErrorBanner banner = page.tokenBar().awaitRefusal(401, DashboardPage.WAIT);
        assertEquals("Cannot load the dashboard: Token refused", banner.title());
        assertTrue(banner.detail().startsWith("The token has expired."), banner.detail());
        assertEquals("offline", page.connectionState());
        assertTrue(page.tokenBar().identity().expired(), "the badge shows the token as expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedWithItsReason() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        page.tokenBar().useToken(SignedTokenServer.tokenFor("alice").hs256(SignedTokenServer.OTHER_SECRET));

        ErrorBanner banner = page.tokenBar().awaitRefusal(401, DashboardPage.WAIT);
        assertEquals("Cannot load the dashboard: Token refused", banner.title());
        assertTrue(banner.detail().startsWith("The token's signature is invalid."), banner.detail());
        assertEquals("offline", page.connectionState());
    }

    @Test
    void aTokenWithoutTheSubscribeScopeIsForbiddenWithItsReason() {
        DashboardPage page = new DashboardPage(browser, server.baseUrl()).openWithoutToken();
        page.tokenBar()
                .useToken(SignedTokenServer.tokenFor("alice").scope("profile").hs256(SigningKeys.SECRET));

        ErrorBanner banner = page.tokenBar().awaitRefusal(403, DashboardPage.WAIT);
        assertEquals("Cannot load the dashboard: Not allowed", banner.title());
        assertTrue(banner.detail().startsWith("The token's scope does not allow this request."), banner.detail());
        assertTrue(banner.detail().contains("for alice with scope \"profile\""), banner.detail());
        assertEquals("offline", page.connectionState());
        assertEquals("alice", page.tokenBar().identity().shownId());
        DashboardScreenshot.save(browser, "dashboard-jwt-refused.png");
    }
}
