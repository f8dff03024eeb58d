package io.wsnotify.client;

import static io.wsnotify.client.SilenceWatch.Action.GIVE_UP;
import static io.wsnotify.client.SilenceWatch.Action.NOTHING;
import static io.wsnotify.client.SilenceWatch.Action.PING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SilenceWatchTest {
    private static final long IDLE = 100;
    private static final long TIMEOUT = 50;

    @Test
    void pingsAfterIdleAndGivesUpWhenNothingAnswers() {
        SilenceWatch watch = new SilenceWatch(IDLE, TIMEOUT, 0);
        assertEquals(NOTHING, watch.check(99));
        assertEquals(PING, watch.check(100));
        assertEquals(NOTHING, watch.check(120), "one ping at a time");
        assertEquals(NOTHING, watch.check(149));
        assertEquals(GIVE_UP, watch.check(150));
    }

    @Test
    void anyFrameAnswersAndRestartsTheCount() {
        SilenceWatch watch = new SilenceWatch(IDLE, TIMEOUT, 0);
        watch.heard(60);
        assertEquals(NOTHING, watch.check(159));
        assertEquals(PING, watch.check(160));
        watch.heard(170); // a pong, a server ping, or a notification
        assertEquals(NOTHING, watch.check(260));
        assertEquals(PING, watch.check(270));
    }

    @Test
    void silenceWhileTheClientHoldsBackReadingIsNotTheServers() {
        SilenceWatch watch = new SilenceWatch(IDLE, TIMEOUT, 0);
        watch.paused();
        assertEquals(NOTHING, watch.check(10_000));
        watch.resumed(10_000);
        assertEquals(NOTHING, watch.check(10_099));
        assertEquals(PING, watch.check(10_100));
    }
}
