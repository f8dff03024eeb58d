package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InboxTest {
    private static Inbound.Delivered notification(long seq) {
        return new Inbound.Delivered(new Notification(seq, null, null, null, null, null, null, null, null, null, "{}"));
    }

    @Test
    void holdsTheSocketBackWhenFullAndLetsItReadOnAsSoonAsOneIsTaken() throws Exception {
        Inbox inbox = new Inbox(2);
        AtomicInteger demanded = new AtomicInteger();
        assertTrue(inbox.offer(notification(1), demanded::incrementAndGet));
        assertFalse(inbox.offer(notification(2), demanded::incrementAndGet), "full: stop reading");
        inbox.add(new Inbound.StatusChanged(
                new ConnectionEvent(ConnectionEvent.Kind.DISCONNECTED, 2, 1001, "", Duration.ZERO)));
        assertEquals(0, demanded.get());

        assertEquals(
                1,
                assertInstanceOf(Inbound.Delivered.class, inbox.take())
                        .notification()
                        .seq());
        assertEquals(1, demanded.get(), "read on once there is room");
        assertEquals(
                2,
                assertInstanceOf(Inbound.Delivered.class, inbox.take())
                        .notification()
                        .seq());
        assertInstanceOf(Inbound.StatusChanged.class, inbox.take(), "events keep their place in the order");
        assertEquals(1, demanded.get());
    }

    @Test
    void closingDropsWhatWaitsAndWakesTheTaker() throws Exception {
        Inbox inbox = new Inbox(8);
        inbox.offer(notification(1), () -> {});
        inbox.close();
        assertNull(inbox.take());
        assertFalse(inbox.offer(notification(2), () -> {}));
        assertTrue(inbox.isClosed());

        Inbox empty = new Inbox(8);
        Thread taker = Thread.ofPlatform().start(() -> {
            try {
                assertNull(empty.take());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        empty.close();
        taker.join(Duration.ofSeconds(10));
        assertFalse(taker.isAlive());
    }
}
