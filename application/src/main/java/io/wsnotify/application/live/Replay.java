package io.wsnotify.application.live;

import java.util.function.LongConsumer;

/**
 * Sends a resuming client what the log holds after its {@code since}, page by page, announcing
 * a pruned gap ({@code replay.truncated}) or a replaced log ({@code replay.reset}) first.
 */
final class Replay {
    static final int PAGE = 500;

    private final SubscriptionRequest request;
    private final ReplaySource source;
    private final FrameWriter writer;
    private final LongConsumer restartAt;

    /** @param restartAt told the log's newest seq when the log turns out to be replaced */
    Replay(SubscriptionRequest request, ReplaySource source, FrameWriter writer, LongConsumer restartAt) {
        this.request = request;
        this.source = source;
        this.writer = writer;
        this.restartAt = restartAt;
    }

    /** Writes a frame to the connection; false once the connection has ended. */
    @FunctionalInterface
    interface FrameWriter {
        boolean write(long seq, String text) throws Exception;
    }

    /** Runs the replay; false when the log or the sink failed. */
    boolean run() {
        try {
            long since = request.since().orElseThrow();
            long from = since;
            boolean first = true;
            while (true) {
                ReplayPage page = source.page(request, from, PAGE);
                if (first && page.bounds().isBehind(since)) {
                    first = false;
                    from = page.bounds().newest();
                    restartAt.accept(from);
                    if (!writer.write(0, source.systemFrame("replay.reset", since, page.bounds()).text())) {
                        return true;
                    }
                    continue;
                }
                first = false;
                if (page.bounds().hasPrunedAfter(from)
                        && !writer.write(0, source.systemFrame("replay.truncated", from, page.bounds()).text())) {
                    return true;
                }
                for (Frame frame : page.frames()) {
                    if (!writer.write(frame.seq(), frame.text())) {
                        return true;
                    }
                    from = frame.seq();
                }
                if (page.frames().size() < PAGE) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
    }
}
