package io.wsnotify.domain;

import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {
    private static final ClientId ALICE = new ClientId("alice");
    private static final ClientId BOB = new ClientId("bob");

    static Notification logged(long seq, Topic topic, ClientId to) {
        return new Notification(
                seq,
                new NotificationDraft(
                        "n" + seq, "m", null, NotificationType.INFO, topic, "custom", Instant.EPOCH, null, to, null));
    }

    @Test
    void refusesSeqBelowOne() {
        assertRefused("seq", () -> logged(0, Topic.CUSTOM, null));
        assertRefused("seq", () -> logged(-5, Topic.CUSTOM, null));
    }

    @Test
    void untargetedNotificationsAreForEveryone() {
        assertTrue(logged(1, Topic.CUSTOM, null).isFor(ALICE));
        assertTrue(logged(1, Topic.CUSTOM, null).isFor(null));
    }

    @Test
    void targetedNotificationsAreOnlyForTheirClient() {
        Notification toAlice = logged(1, Topic.CUSTOM, ALICE);
        assertTrue(toAlice.isFor(new ClientId("alice")));
        assertFalse(toAlice.isFor(BOB));
        assertFalse(toAlice.isFor(null));
    }

    @Test
    void exposesTheTopicOfItsContent() {
        assertEquals(Topic.TASKS, logged(3, Topic.TASKS, null).topic());
    }
}
