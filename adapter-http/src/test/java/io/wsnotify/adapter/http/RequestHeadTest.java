package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the header-timeout clock of a connection runs, on a clock the test moves by hand. */
class RequestHeadTest {
    private static final long TIMEOUT = Duration.ofSeconds(10).toNanos();
    private static final long LATER = 50 * TIMEOUT;

    private boolean readingRequestLine = true;
    private final RequestHead head = new RequestHead(Duration.ofNanos(TIMEOUT));

    RequestHeadTest() {
        head.readingRequestLineWhen(() -> readingRequestLine);
    }

    @Test
    void runsFromTheConnectionsStartUntilTheTimeout() {
        head.connected(0);

        assertFalse(head.expire(TIMEOUT - 1));
        assertTrue(head.expire(TIMEOUT));
        assertFalse(head.expire(TIMEOUT + 1), "expires once");
    }

    @Test
    void stopsWhenTheHeadIsComplete() {
        head.connected(0);
        head.requestLine(1, "/tasks");

        assertTrue(head.headComplete());
        assertFalse(head.expire(LATER));
    }

    @Test
    void aRequestLineDoesNotRestartARunningClock() {
        head.connected(0);
        head.requestLine(TIMEOUT - 1, "/tasks");

        assertTrue(head.expire(TIMEOUT));
        assertEquals("/tasks", head.path());
    }

    @Test
    void neverRunsOnAnIdleKeepAliveConnection() {
        servedOneRequest();

        assertFalse(head.expire(LATER));
    }

    @Test
    void theFirstByteOfTheNextRequestStartsIt() {
        servedOneRequest();
        head.bytesArrived(LATER);

        assertFalse(head.expire(LATER + TIMEOUT - 1));
        assertTrue(head.expire(LATER + TIMEOUT));
    }

    @Test
    void aRequestLineSentWithThePreviousRequestStartsIt() {
        servedOneRequest();
        head.requestLine(LATER, "/devices");

        assertTrue(head.expire(LATER + TIMEOUT));
    }

    @Test
    void bodyBytesDoNotStartIt() {
        head.connected(0);
        head.requestLine(1, "/notify");
        head.headComplete();
        head.bytesArrived(2);

        assertFalse(head.expire(LATER));
    }

    @Test
    void bytesReadAfterTheAnswerToDrainABodyDoNotStartIt() {
        servedOneRequest();
        readingRequestLine = false;
        head.bytesArrived(LATER);

        assertFalse(head.expire(LATER + TIMEOUT));
    }

    @Test
    void anUpgradedConnectionIsNeverTimedAgain() {
        head.connected(0);
        head.requestLine(1, "/ws/me");
        head.headComplete();
        head.bytesArrived(LATER);
        head.bytesArrived(LATER + 1);

        assertFalse(head.expire(LATER + TIMEOUT * 3));
    }

    @Test
    void aHeadCompletedAfterTheDeadlineIsRefused() {
        head.connected(0);
        head.expire(TIMEOUT);

        assertFalse(head.headComplete());
        assertTrue(head.expiredBefore(TIMEOUT + 2, Duration.ofNanos(1)));
        assertFalse(head.expiredBefore(TIMEOUT + 2, Duration.ofSeconds(1)));
    }

    @Test
    void knowsWhetherPartOfTheHeadArrived() {
        head.connected(0);
        assertFalse(head.headBegun(), "a connection that sent nothing");
        head.bytesArrived(1);
        assertTrue(head.headBegun());

        servedOneRequest();
        assertTrue(head.headBegun());
        head.bytesArrived(LATER);
        assertTrue(head.headBegun(), "the first bytes of the next head");
    }

    private void servedOneRequest() {
        head.connected(0);
        head.requestLine(1, "/tasks");
        head.headComplete();
        head.answered();
    }
}
