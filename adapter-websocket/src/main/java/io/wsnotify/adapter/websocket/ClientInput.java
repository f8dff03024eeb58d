package io.wsnotify.adapter.websocket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * What one connection's client sends: read from the socket into the lane's buffer, checked and cut
 * into frames by {@link InboundFrames}, answered by its {@link ClientReplies}; anything heard counts
 * for the {@link Heartbeat}. Lane-owned: used only on the connection's {@link IoLane}.
 */
final class ClientInput {
    private static final int READS_PER_TURN = 4;

    private final IoLane lane;
    private final SocketChannel channel;
    private final ConnectionPhase phase;
    private final Heartbeat heartbeat;
    private final InboundFrames frames;
    private final ClientReplies replies;

    ClientInput(
            IoLane lane,
            SocketChannel channel,
            ClientReplies replies,
            ConnectionPhase phase,
            Heartbeat heartbeat,
            int maxFrameBytes) {
        this.lane = lane;
        this.channel = channel;
        this.phase = phase;
        this.heartbeat = heartbeat;
        this.frames = new InboundFrames(maxFrameBytes);
        this.replies = replies;
    }

    /** Takes the bytes Helidon had read of the socket after the handshake. */
    void acceptEarly(byte[] early) {
        frames.accept(ByteBuffer.wrap(early), replies);
    }

    /** Reads what the socket holds, a few reads at most per turn; false when the client closed its side. */
    boolean read() throws IOException {
        ByteBuffer buffer = lane.readBuffer;
        for (int reads = 0; reads < READS_PER_TURN && !phase.isGone(); reads++) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                return false;
            }
            if (read == 0) {
                return true;
            }
            heartbeat.heard(System.nanoTime());
            frames.accept(buffer.flip(), replies);
        }
        return true;
    }
}
