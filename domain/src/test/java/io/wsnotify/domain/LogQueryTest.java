package io.wsnotify.domain;

import static io.wsnotify.domain.NotificationTest.logged;
import static io.wsnotify.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogQueryTest {
    private static final ClientId ALICE = new ClientId("alice");

    @Test
    void refusesNegativeSince() {
        assertRefused("since", () -> new LogQuery(-1, Set.of(), Visibility.untargetedOnly(), 10));
    }

    @Test
    void limitIsBetweenOneAndOneThousand() {
        assertRefused("limit", () -> new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 0));
        assertRefused("limit", () -> new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1001));
        assertEquals(1, new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1).limit());
        assertEquals(1000, new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 1000).limit());
    }

    @Test
    void nullTopicsMeanAllAndTopicsAreCopied() {
        assertEquals(Set.of(), new LogQuery(0, null, Visibility.untargetedOnly(), 10).topics());
        Set<Topic> topics = new HashSet<>(Set.of(Topic.TASKS));
        LogQuery query = new LogQuery(0, topics, Visibility.untargetedOnly(), 10);
        topics.add(Topic.DEVICES);
        assertEquals(Set.of(Topic.TASKS), query.topics());
    }

    @Test
    void admitsByTopic() {
        LogQuery tasksOnly = new LogQuery(0, Set.of(Topic.TASKS), Visibility.untargetedOnly(), 10);
        assertTrue(tasksOnly.admits(logged(1, Topic.TASKS, null)));
        assertFalse(tasksOnly.admits(logged(2, Topic.DEVICES, null)));
        assertTrue(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 10).admits(logged(3, Topic.DEVICES, null)));
    }

    @Test
    void admitsTargetedOnlyForTheirClient() {
        assertTrue(new LogQuery(0, Set.of(), ALICE, 10).admits(logged(1, Topic.CUSTOM, ALICE)));
        assertFalse(new LogQuery(0, Set.of(), new ClientId("bob"), 10).admits(logged(1, Topic.CUSTOM, ALICE)));
        assertFalse(new LogQuery(0, Set.of(), Visibility.untargetedOnly(), 10).admits(logged(1, Topic.CUSTOM, ALICE)));
    }
}
