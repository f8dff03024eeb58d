package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The server's close reasons (its {@code EndReason} texts), read tolerantly. */
class EndingTest {
    @Test
    void readsTheSeqTheServersCloseReasonsName() {
        assertEquals(
                OptionalLong.of(41),
                Ending.closed(1013, "slow consumer; resume with since=41").namedSeq());
        assertEquals(
                OptionalLong.of(5),
                Ending.closed(1001, "server shutting down; resume with since=5").namedSeq());
        assertEquals(
                OptionalLong.of(0),
                Ending.closed(1001, "heartbeat timeout; resume with since=0").namedSeq());
        assertEquals(
                OptionalLong.of(12), Ending.closed(1013, "try later (since=12)").namedSeq());
    }

    @Test
    void withoutASeqThereIsNone() {
        assertEquals(OptionalLong.empty(), Ending.closed(1001, "going away").namedSeq());
        assertEquals(OptionalLong.empty(), Ending.closed(1001, null).namedSeq());
        assertEquals(OptionalLong.empty(), Ending.closed(1013, "since=").namedSeq());
        assertEquals(
                OptionalLong.empty(),
                Ending.closed(1013, "since=99999999999999999999999").namedSeq());
        assertEquals(
                OptionalLong.empty(), Ending.failed(new IOException("reset")).namedSeq());
    }

    @Test
    void onlySlowConsumerAndGoingAwayResumeAtOnce() {
        assertTrue(Ending.closed(1013, "").resumeAtOnce());
        assertTrue(Ending.closed(1001, "").resumeAtOnce());
        assertFalse(Ending.closed(1000, "").resumeAtOnce());
        assertFalse(Ending.closed(1011, "").resumeAtOnce());
        assertFalse(Ending.failed(new IOException("reset")).resumeAtOnce());
    }

    @Test
    void describesItselfForDiagnostics() {
        assertEquals(
                "1013 slow consumer; resume with since=41",
                Ending.closed(1013, "slow consumer; resume with since=41").describe());
        assertEquals(
                "1006 connection dropped without a close frame",
                Ending.closed(1006, "").describe());
        assertEquals(
                "connection lost: reset",
                Ending.failed(new IOException("reset")).describe());
    }
}
