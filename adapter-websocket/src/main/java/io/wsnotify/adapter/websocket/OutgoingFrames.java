package io.wsnotify.adapter.websocket;

import io.wsnotify.application.live.Frame;
import io.wsnotify.application.live.Subscription;
import io.wsnotify.wire.WireFrame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The notification frames of one connection on their way into its socket: polled from the
 * subscription in batches and written with one gathering write, each frame whole and in order.
 * Frames the socket took only in part are kept, and finished before anything else is written.
 *
 * <p>Lane-owned: used only on the connection's {@link IoLane}, whose scratch arrays it borrows.
 */
final class OutgoingFrames {
    private static final long MAX_BATCH_BYTES = 256 * 1024;

    private final IoLane lane;
    private final SocketChannel channel;
    private Frame<WireFrame>[] stalled;
    private int stalledFrom;
    private int stalledTo;
    private int stalledOffset;

    OutgoingFrames(IoLane lane, SocketChannel channel) {
        this.lane = lane;
        this.channel = channel;
    }

    /** Whether a frame the socket took only in part still waits to be finished. */
    boolean isCutShort() {
        return stalled != null && stalledFrom != stalledTo;
    }

    /** Finishes the frames the socket took in part; false when the socket filled up again. */
    boolean finishCutShort(Subscription<WireFrame> subscription) throws IOException {
        if (!isCutShort()) {
            return true;
        }
        int from = stalledFrom;
        stalledFrom = stalledTo;
        return write(stalled, from, stalledTo, stalledOffset, subscription);
    }

    /** Writes new frames until the subscription has none ready or the socket fills up; false when it filled up. */
    boolean sendNew(Subscription<WireFrame> subscription) throws IOException {
        while (subscription != null) {
            int taken = subscription.poll(lane.batch, MAX_BATCH_BYTES);
            if (taken == 0 || !write(lane.batch, 0, taken, 0, subscription)) {
                break;
            }
        }
        return !isCutShort();
    }

    /** Gathering write of frames {@code from..to}, the first from {@code offset}; false when the socket filled up. */
    private boolean write(Frame<WireFrame>[] frames, int from, int to, int offset, Subscription<WireFrame> subscription)
            throws IOException {
        ByteBuffer[] views = lane.gather;
        for (int i = from; i < to; i++) {
            ByteBuffer view = frames[i].payload().webSocketView(lane.id);
            view.limit(view.capacity()).position(i == from ? offset : 0);
            views[i - from] = view;
        }
        channel.write(views, 0, to - from);
        for (int i = from; i < to; i++) {
            ByteBuffer view = views[i - from];
            if (view.hasRemaining()) {
                keepStalled(frames, i, to, view.position());
                return false;
            }
            subscription.delivered(frames[i]);
            frames[i] = null;
        }
        return true;
    }

    private void keepStalled(Frame<WireFrame>[] frames, int from, int to, int offset) {
        if (frames != stalled) {
            if (stalled == null) {
                @SuppressWarnings("unchecked")
                Frame<WireFrame>[] kept = new Frame[IoLane.BATCH];
                stalled = kept;
            }
            System.arraycopy(frames, from, stalled, 0, to - from);
            to -= from;
            from = 0;
        }
        stalledFrom = from;
        stalledTo = to;
        stalledOffset = offset;
    }
}
