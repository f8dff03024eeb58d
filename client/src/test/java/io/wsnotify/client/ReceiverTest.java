package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReceiverTest {
    private final Inbox inbox = new Inbox(100);
    private final List<Long> started = new ArrayList<>();

    private static Inbound.Delivered seq(long seq) {
        return new Inbound.Delivered(new Notification(seq, null, null, null, null, null, null, null, null, null, "{}"));
    }

    private static Inbound.GapFound gap(Gap.Kind kind, long newest) {
        return new Inbound.GapFound(new Gap(kind, 100, 1, newest, "{}"));
    }

    @Test
    void dropsDuplicatesAndWhatIsNotNewerThanTheStart() throws Exception {
        Receiver receiver = new Receiver(inbox, OptionalLong.of(10), started::add);
        assertEquals(List.of(10L), started);
        long connection = receiver.begin();
        for (long s : new long[] {9, 10, 11, 11, 12, 11}) {
            receiver.accept(connection, seq(s), () -> {});
        }
        assertEquals(12, receiver.resumePoint());
        assertEquals(11, ((Inbound.Delivered) inbox.take()).notification().seq());
        assertEquals(12, ((Inbound.Delivered) inbox.take()).notification().seq());
    }

    @Test
    void ignoresFramesOfAConnectionThatWasGivenUp() throws Exception {
        Receiver receiver = new Receiver(inbox, OptionalLong.of(0), started::add);
        long old = receiver.begin();
        receiver.retire();
        assertFalse(receiver.accept(old, seq(1), () -> {}));
        long current = receiver.begin();
        assertFalse(receiver.accept(old, seq(2), () -> {}));
        assertTrue(receiver.accept(current, seq(3), () -> {}));
        assertEquals(3, receiver.resumePoint());
        assertEquals(3, ((Inbound.Delivered) inbox.take()).notification().seq());
    }

    @Test
    void aResetRestartsTheResumePointAtTheNewLogsNewest() throws Exception {
        Receiver receiver = new Receiver(inbox, OptionalLong.of(100), started::add);
        long connection = receiver.begin();
        receiver.accept(connection, gap(Gap.Kind.RESET, 3), () -> {});
        assertEquals(3, receiver.resumePoint());
        receiver.accept(connection, seq(4), () -> {});
        assertEquals(4, receiver.resumePoint());
        receiver.accept(connection, gap(Gap.Kind.TRUNCATED, 50), () -> {});
        assertEquals(4, receiver.resumePoint(), "a truncation moves nothing: the next seq does");
    }

    @Test
    void aCloseNamingALaterSeqMovesTheResumePointButNeverBack() {
        Receiver receiver = new Receiver(inbox, OptionalLong.empty(), started::add);
        assertFalse(receiver.isStartKnown());
        receiver.startAt(7);
        receiver.startAt(9);
        assertEquals(List.of(7L), started, "the start is set once");
        receiver.closedAfter(12);
        assertEquals(12, receiver.resumePoint());
        receiver.closedAfter(5);
        assertEquals(12, receiver.resumePoint());
    }
}
