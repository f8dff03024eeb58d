package io.wsnotify.application.testing;

import io.wsnotify.domain.port.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable notification ids: "id-1", "id-2"… */
public final class CountingIds implements IdGenerator {
    private final AtomicLong next = new AtomicLong();

    @Override
    public String nextId() {
        return "id-" + next.incrementAndGet();
    }
}
