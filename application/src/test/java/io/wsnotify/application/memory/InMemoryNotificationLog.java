package io.wsnotify.application.memory;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;
import io.wsnotify.domain.Notification;
import io.wsnotify.domain.NotificationDraft;
import io.wsnotify.domain.port.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@link NotificationLog} in memory. */
public final class InMemoryNotificationLog implements NotificationLog {
    private final InMemoryStore store;

    InMemoryNotificationLog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Notification append(NotificationDraft draft) {
        return store.locked(() -> {
            Notification notification = new Notification(++store.lastSeq, draft);
            store.log.put(notification.seq(), notification);
            return notification;
        });
    }

    @Override
    public List<Notification> read(LogQuery query) {
        return store.locked(() -> store.log.tailMap(query.since(), false).values().stream()
                .filter(query::admits)
                .limit(query.limit())
                .toList());
    }

    @Override
    public LogBounds bounds() {
        return store.locked(() -> new LogBounds(store.log.isEmpty() ? 0 : store.log.firstKey(), store.lastSeq));
    }

    @Override
    public int prune(long keepNewest, Instant olderThan, int maxRows) {
        return store.locked(() -> {
            List<Long> doomed = new ArrayList<>();
            long excess = store.log.size() - keepNewest;
            Iterator<Notification> oldestFirst = store.log.values().iterator();
            while (oldestFirst.hasNext() && doomed.size() < maxRows) {
                Notification next = oldestFirst.next();
                if (doomed.size() < excess || next.content().timestamp().isBefore(olderThan)) {
                    doomed.add(next.seq());
                } else {
                    break;
                }
            }
            doomed.forEach(store.log::remove);
            return doomed.size();
        });
    }
}
