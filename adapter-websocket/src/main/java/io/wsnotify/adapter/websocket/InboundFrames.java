package io.wsnotify.adapter.websocket;

import static io.wsnotify.adapter.websocket.ClientFrameHeader.BINARY;
import static io.wsnotify.adapter.websocket.ClientFrameHeader.CLOSE;
import static io.wsnotify.adapter.websocket.ClientFrameHeader.CONTINUATION;
import static io.wsnotify.adapter.websocket.ClientFrameHeader.PING;
import static io.wsnotify.adapter.websocket.ClientFrameHeader.PONG;

import java.nio.ByteBuffer;

/**
 * Reads the frames a client sends (RFC 6455 §5) from bytes that arrive in any pieces, checks every
 * rule a server must enforce ({@link ClientFrameHeader}), and reports whole messages and control
 * frames to a {@link ClientFrameListener}. A broken rule fails the connection with its close code:
 * 1002 (no mask, reserved bits or opcodes, a fragmented or oversized control frame, a continuation
 * with nothing to continue, a new message inside a fragmented one, a malformed close frame), 1007
 * (text that is not UTF-8), 1009 (a frame or message over the limit).
 *
 * <p>Holds no buffer while the client is quiet: bytes are kept only for a frame cut between reads
 * and for the pieces of a fragmented message. Used by one thread at a time.
 */
final class InboundFrames {
    private final int maxMessage;
    private byte[] partial;
    private byte[] message;
    private int messageLength;
    private int messageOpcode = -1;
    private boolean done;

    /** @param maxMessage the largest frame payload, and the largest message, accepted */
    InboundFrames(int maxMessage) {
        this.maxMessage = maxMessage;
    }

    /** Reads every whole frame in {@code partial + bytes}; keeps a cut frame for the next call. */
    void accept(ByteBuffer bytes, ClientFrameListener listener) {
        if (done) {
            return;
        }
        ByteBuffer in = bytes;
        if (partial != null) {
            in = ByteBuffer.allocate(partial.length + bytes.remaining())
                    .put(partial)
                    .put(bytes)
                    .flip();
            partial = null;
        }
        while (!done && in.hasRemaining()) {
            if (!readFrame(in, listener)) {
                partial = new byte[in.remaining()];
                in.get(partial);
                return;
            }
        }
    }

    /** Reads one frame; false (consuming nothing) when it has not arrived whole. */
    private boolean readFrame(ByteBuffer in, ClientFrameListener listener) {
        int start = in.position();
        if (in.remaining() < 2) {
            return false;
        }
        int first = in.get(start) & 0xFF;
        int second = in.get(start + 1) & 0xFF;
        int opcode = first & 0x0F;
        boolean fin = (first & 0x80) != 0;
        String broken = ClientFrameHeader.brokenRule(first, second, opcode, fin);
        if (broken != null) {
            return fail(listener, CloseCodes.PROTOCOL_ERROR, broken);
        }
        int lengthBytes = (second & 0x7F) == 126 ? 2 : (second & 0x7F) == 127 ? 8 : 0;
        if (in.remaining() < 2 + lengthBytes) {
            return false;
        }
        long length = ClientFrameHeader.payloadLength(in, start, second & 0x7F);
        if (length > maxMessage || length < 0) {
            return fail(listener, CloseCodes.TOO_BIG, "frame larger than " + maxMessage + " bytes");
        }
        int headerLength = 2 + lengthBytes + 4;
        if (in.remaining() < headerLength + length) {
            return false;
        }
        byte[] payload = ClientFrameHeader.unmasked(in, start + headerLength - 4, start + headerLength, (int) length);
        in.position(start + headerLength + (int) length);
        dispatch(opcode, fin, payload, listener);
        return true;
    }

    private void dispatch(int opcode, boolean fin, byte[] payload, ClientFrameListener listener) {
        switch (opcode) {
            case PING -> listener.ping(payload);
            case PONG -> listener.pong();
            case CLOSE -> closeFrame(payload, listener);
            case CONTINUATION -> continuation(fin, payload, listener);
            default -> dataFrame(opcode, fin, payload, listener);
        }
    }

    private void dataFrame(int opcode, boolean fin, byte[] payload, ClientFrameListener listener) {
        if (messageOpcode >= 0) {
            fail(listener, CloseCodes.PROTOCOL_ERROR, "new message inside a fragmented one");
            return;
        }
        if (fin) {
            complete(opcode, payload, payload.length, listener);
            return;
        }
        messageOpcode = opcode;
        message = payload;
        messageLength = payload.length;
    }

    private void continuation(boolean fin, byte[] payload, ClientFrameListener listener) {
        if (messageOpcode < 0) {
            fail(listener, CloseCodes.PROTOCOL_ERROR, "continuation without a message to continue");
            return;
        }
        if (messageLength + payload.length > maxMessage) {
            fail(listener, CloseCodes.TOO_BIG, "message larger than " + maxMessage + " bytes");
            return;
        }
        if (message.length < messageLength + payload.length) {
            byte[] grown = new byte[Math.min(maxMessage, Math.max(2 * message.length, messageLength + payload.length))];
            System.arraycopy(message, 0, grown, 0, messageLength);
            message = grown;
        }
        System.arraycopy(payload, 0, message, messageLength, payload.length);
        messageLength += payload.length;
        if (fin) {
            int opcode = messageOpcode;
            byte[] whole = message;
            int length = messageLength;
            messageOpcode = -1;
            message = null;
            messageLength = 0;
            complete(opcode, whole, length, listener);
        }
    }

    private void complete(int opcode, byte[] bytes, int length, ClientFrameListener listener) {
        if (opcode == BINARY) {
            listener.binary(length);
            return;
        }
        String text = StrictUtf8.decode(bytes, 0, length);
        if (text == null) {
            fail(listener, CloseCodes.INVALID_DATA, "text message is not valid UTF-8");
            return;
        }
        listener.text(text);
    }

    private void closeFrame(byte[] payload, ClientFrameListener listener) {
        if (payload.length == 0) {
            done = true;
            listener.close(CloseCodes.NO_STATUS, "");
            return;
        }
        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
        String reason = payload.length >= 2 ? StrictUtf8.decode(payload, 2, payload.length - 2) : null;
        if (code < 0 || !CloseCodes.isValidFromPeer(code) || reason == null) {
            fail(listener, CloseCodes.PROTOCOL_ERROR, "malformed close frame");
            return;
        }
        done = true;
        listener.close(code, reason);
    }

    private boolean fail(ClientFrameListener listener, int code, String reason) {
        done = true;
        listener.fail(code, reason);
        return true;
    }
}
