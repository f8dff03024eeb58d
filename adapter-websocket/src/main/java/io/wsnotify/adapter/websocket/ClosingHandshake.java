package io.wsnotify.adapter.websocket;

import io.wsnotify.application.live.EndReason;
import io.wsnotify.wire.WebSocketFrames;

/**
 * The close of one connection (RFC 6455 §7) as the server runs it: the close frame with the code
 * for why and the seq to resume from, a close held back behind a frame the socket took only in
 * part, and whether the socket goes once the close is out or the client has the closing grace to
 * answer. Lane-owned: used only on the connection's {@link IoLane}.
 */
final class ClosingHandshake {
    private final WebSocketConnection connection;
    private final ConnectionPhase phase;
    private final OutgoingFrames frames;
    private final ControlFrames control;
    private EndReason endOnceFlushed;
    private boolean closeQueued;
    private boolean dropOnceFlushed;

    ClosingHandshake(
            WebSocketConnection connection, ConnectionPhase phase, OutgoingFrames frames, ControlFrames control) {
        this.connection = connection;
        this.phase = phase;
        this.frames = frames;
        this.control = control;
    }

    /** The core ended the subscription (slow consumer, shutdown, server error). */
    void ended(EndReason reason) {
        if (phase.isGone()) {
            return;
        }
        if (phase.isNew() || frames.isCutShort()) {
            // the close frame must follow the frame the socket took in part; a peer that never reads
            // it again is dropped when the closing grace runs out
            endOnceFlushed = reason;
            connection.beginClosing();
            return;
        }
        closeFor(reason);
    }

    /** The connection opened: an end that came before may close it now, unless a frame is cut short. */
    void endIfHeldBack() {
        if (endOnceFlushed != null && !frames.isCutShort()) {
            EndReason reason = endOnceFlushed;
            endOnceFlushed = null;
            ended(reason);
        }
    }

    /** The frame cut short is out: queues the close that waited for it, if any. */
    void closeIfHeldBack() {
        if (endOnceFlushed != null) {
            EndReason reason = endOnceFlushed;
            endOnceFlushed = null;
            closeFor(reason);
        }
    }

    /** Sends a close frame; with {@code drop} the socket goes once it is out, else the client has the grace to answer. */
    void closeWith(int code, String reason, boolean drop) {
        if (phase.isGone() || closeQueued) {
            return;
        }
        connection.beginClosing();
        closeQueued = true;
        control.add(WebSocketFrames.CLOSE, CloseReason.payload(code, reason));
        dropOnceFlushed |= drop;
        connection.pump();
    }

    /** Closes with 1001, {@code why} and the seq to resume from; the socket goes once the close is out. */
    void goAway(String why) {
        closeWith(CloseCodes.GOING_AWAY, why + "; resume with since=" + connection.lastDeliveredSeq(), true);
    }

    /** When the server's close is out or queued, the socket goes once it is written; true if so. */
    boolean dropOnceCloseIsOut() {
        if (!closeQueued) {
            return false;
        }
        dropOnceFlushed = true;
        connection.pump();
        return true;
    }

    /** Whether the socket goes as soon as the control frames are written. */
    boolean dropsOnceFlushed() {
        return dropOnceFlushed;
    }

    private void closeFor(EndReason reason) {
        int code = switch (reason.kind()) {
            case SLOW_CONSUMER -> CloseCodes.TRY_AGAIN_LATER;
            case SHUTDOWN -> CloseCodes.GOING_AWAY;
            case SERVER_ERROR -> CloseCodes.SERVER_ERROR;
        };
        closeWith(code, new EndReason(reason.kind(), connection.lastDeliveredSeq()).description(), false);
    }
}
