package io.wsnotify.application.contract;

import static io.wsnotify.application.contract.SampleDrafts.T0;
import static io.wsnotify.application.contract.SampleDrafts.draft;
import static io.wsnotify.application.contract.SampleDrafts.onTopic;
import static io.wsnotify.application.contract.SampleDrafts.to;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link io.wsnotify.domain.port.NotificationLog#read}'s filters: topics, and targeted
 * notifications only for their client; the limit counts only what the filters admit.
 */
public abstract class NotificationFilterContract extends StoreContract {
    private static final ClientId ALICE = new ClientId("alice");
    private static final ClientId BOB = new ClientId("bob");

    @Test
    void readsOnlyTheTopicsAskedFor() {
        Notification task = append(onTopic(Topic.TASKS));
        append(onTopic(Topic.DEVICES));
        Notification custom = append(onTopic(Topic.CUSTOM));
        Notification other = append(onTopic(new Topic("billing.eu-1")));
        assertEquals(List.of(task, custom), read(0, Set.of(Topic.TASKS, Topic.CUSTOM), null, 100));
        assertEquals(List.of(other), read(0, Set.of(new Topic("billing.eu-1")), null, 100));
        assertEquals(List.of(), read(0, Set.of(Topic.SYSTEM), null, 100));
    }

    @Test
    void limitCountsOnlyAdmittedNotifications() {
        List<Notification> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            append(onTopic(Topic.DEVICES));
            tasks.add(append(onTopic(Topic.TASKS)));
        }
        assertEquals(tasks.subList(0, 2), read(0, Set.of(Topic.TASKS), null, 2));
        assertEquals(tasks.subList(2, 4), read(tasks.get(1).seq(), Set.of(Topic.TASKS), null, 2));
    }

    @Test
    void limitAppliesToSeveralTopicsTogetherInSeqOrder() {
        List<Notification> wanted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            wanted.add(append(onTopic(Topic.DEVICES)));
            append(onTopic(Topic.CUSTOM));
            wanted.add(append(onTopic(Topic.TASKS)));
        }
        Set<Topic> topics = Set.of(Topic.TASKS, Topic.DEVICES);
        assertEquals(wanted.subList(0, 3), read(0, topics, null, 3));
        assertEquals(wanted.subList(3, 6), read(wanted.get(2).seq(), topics, null, 3));
    }

    @Test
    void givesTargetedNotificationsOnlyToTheirClient() {
        Notification everyone = append(draft("everyone"));
        Notification forAlice = append(to(ALICE));
        Notification forBob = append(to(BOB));
        Notification everyoneAgain = append(draft("everyone again"));
        assertEquals(List.of(everyone, forAlice, everyoneAgain), read(0, Set.of(), ALICE, 100));
        assertEquals(List.of(everyone, forBob, everyoneAgain), read(0, Set.of(), BOB, 100));
        assertEquals(List.of(everyone, everyoneAgain), read(0, Set.of(), new ClientId("carol"), 100));
    }

    @Test
    void readerWithoutClientGetsOnlyUntargetedNotifications() {
        append(to(ALICE));
        Notification everyone = append(draft("everyone"));
        assertEquals(List.of(everyone), read(0, Set.of(), null, 100));
    }

    @Test
    void combinesTopicClientSinceAndLimit() {
        append(draft("a", Topic.TASKS, ALICE, T0));
        Notification b = append(draft("b", Topic.TASKS, ALICE, T0));
        append(draft("c", Topic.TASKS, BOB, T0));
        append(draft("d", Topic.DEVICES, ALICE, T0));
        Notification e = append(draft("e", Topic.TASKS, null, T0));
        append(draft("f", Topic.TASKS, null, T0));
        assertEquals(List.of(b, e), read(1, Set.of(Topic.TASKS), ALICE, 2));
    }

    private Notification append(NotificationDraft draft) {
        return tx(() -> log().append(draft));
    }

    private List<Notification> read(long since, Set<Topic> topics, ClientId client, int limit) {
        return tx(() -> log().read(new LogQuery(since, topics, client, limit)));
    }
}
