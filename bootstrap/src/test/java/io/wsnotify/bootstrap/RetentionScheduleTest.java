package io.wsnotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {
    @Test
    void prunesEveryIntervalAndKeepsGoingAfterAFailure() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch threeRuns = new CountDownLatch(3);
        RetentionSchedule schedule = new RetentionSchedule(
                () -> {
                    threeRuns.countDown();
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database busy");
                    }
                    return 5;
                },
                Duration.ofMillis(5));
        try {
            assertTrue(threeRuns.await(10, TimeUnit.SECONDS), "prune runs again after a failed run");
        } finally {
            schedule.close();
        }
    }

    @Test
    void closeStopsPruning() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        RetentionSchedule schedule = new RetentionSchedule(
                () -> {
                    calls.incrementAndGet();
                    started.countDown();
                    return 0;
                },
                Duration.ofMillis(5));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        schedule.close();
        int afterClose = calls.get();
        CountDownLatch never = new CountDownLatch(1);
        never.await(100, TimeUnit.MILLISECONDS);
        assertEquals(afterClose, calls.get());
    }
}
