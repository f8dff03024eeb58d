package io.wsnotify.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void doublesFromInitialUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), fixed(0.5)); // no jitter
        assertEquals(Duration.ofMillis(500), backoff.delay(0));
        assertEquals(Duration.ofMillis(1000), backoff.delay(1));
        assertEquals(Duration.ofMillis(8000), backoff.delay(4));
        assertEquals(Duration.ofSeconds(10), backoff.delay(5));
        assertEquals(Duration.ofSeconds(10), backoff.delay(Integer.MAX_VALUE));
    }

    @Test
    void jitterSpreadsByTwentyPercentButNeverAboveTheCap() {
        Backoff low = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), fixed(0.0));
        Backoff high = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), fixed(0.999_999));
        assertEquals(Duration.ofMillis(400), low.delay(0));
        assertTrue(
                high.delay(0).toMillis() >= 599 && high.delay(0).toMillis() <= 600,
                high.delay(0).toString());
        assertEquals(Duration.ofSeconds(8), low.delay(10));
        assertEquals(Duration.ofSeconds(10), high.delay(10));

        Backoff random = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), new SplittableRandom(1));
        assertNotEquals(random.delay(3), random.delay(3), "two clients dropped together come back apart");
    }

    @Test
    void clientsDrawDifferentDelays() throws Exception {
        List<Duration> first = new ArrayList<>();
        Thread other = Thread.ofPlatform()
                .start(() -> first.addAll(delays(Backoff.randomized(Duration.ofMillis(500), Duration.ofSeconds(10)))));
        other.join();
        assertNotEquals(first, delays(Backoff.randomized(Duration.ofMillis(500), Duration.ofSeconds(10))));
    }

    private static List<Duration> delays(Backoff backoff) {
        List<Duration> delays = new ArrayList<>();
        for (int failures = 0; failures < 5; failures++) {
            delays.add(backoff.delay(failures));
        }
        return delays;
    }

    @Test
    void refusesAnEmptyOrInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), fixed(0)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), fixed(0)));
    }
}
