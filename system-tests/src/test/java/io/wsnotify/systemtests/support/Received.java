package io.wsnotify.systemtests.support;

import io.wsnotify.testsupport.Await;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one client received, in arrival order: every frame's JSON, across reconnects for a client
 * that resumes. Written by the client's thread, read by the test's.
 */
public final class Received {
    private final String who;
    private final List<JsonObject> frames = new ArrayList<>();

    public Received(String who) {
        this.who = who;
    }

    public String who() {
        return who;
    }

    public synchronized void add(String frame) {
        frames.add(Http.object(frame));
    }

    public synchronized List<JsonObject> frames() {
        return List.copyOf(frames);
    }

    /** The seqs of the notifications received, in arrival order (system frames have none). */
    public synchronized List<Long> seqs() {
        return frames.stream()
                .filter(frame -> frame.containsKey("seq"))
                .map(frame -> frame.getJsonNumber("seq").longValue())
                .toList();
    }

    /** Those of {@link #seqs()} not above {@code newest}. */
    public List<Long> seqsUpTo(long newest) {
        return seqs().stream().filter(seq -> seq <= newest).toList();
    }

    /** The newest seq received, or -1 before any. */
    public synchronized long lastSeq() {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (frames.get(i).containsKey("seq")) {
                return frames.get(i).getJsonNumber("seq").longValue();
            }
        }
        return -1;
    }

    public synchronized int count() {
        return frames.size();
    }

    /** Waits until a notification with seq {@code seq} or newer has arrived. */
    public void awaitSeq(long seq, Duration timeout) {
        Await.until(who + " receives seq " + seq + " (it has " + describe() + ")", timeout, () -> lastSeq() >= seq);
    }

    /** The seqs received, shortened to the first and last five when there are many. */
    public synchronized String describe() {
        List<Long> seqs = seqs();
        if (seqs.size() <= 12) {
            return seqs.toString();
        }
        return seqs.size() + " seqs " + seqs.subList(0, 5) + "…" + seqs.subList(seqs.size() - 5, seqs.size());
    }
}
