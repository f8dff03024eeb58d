package io.wsnotify.adapter.websocket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the frames a client sends (RFC 6455 §5) from bytes that arrive in any pieces, checks every
 * rule a server must enforce, and reports whole messages and control frames to a {@link Listener}.
 * A broken rule fails the connection with its close code: 1002 (no mask, reserved bits or
 * opcodes, a fragmented or oversized control frame, a continuation with nothing to continue, a new
 * message inside a fragmented one, a malformed close frame), 1007 (text that is not UTF-8), 1009
 * (a frame or message over the limit).
 *
 * <p>Holds no buffer while the client is quiet: bytes are kept only for a frame cut between reads
 * and for the pieces of a fragmented message. Used by one thread at a time.
 */
final class InboundFrames {
    private static final int CONTINUATION = 0x0;
    private static final int TEXT = 0x1;
    private static final int BINARY = 0x2;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;

    /** Receives what the client said, on the thread that feeds the bytes. */
    interface Listener {
        void text(String message);

        void binary(int length);

        void ping(byte[] payload);

        void pong();

        /** A well-formed close frame: its code ({@code 1005} when it had none) and reason. */
        void close(int code, String reason);

        /** A broken rule: the connection must be failed with {@code code}. */
        void fail(int code, String reason);
    }

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
    void accept(ByteBuffer bytes, Listener listener) {
        if (done) {
            return;
        }
        ByteBuffer in = bytes;
        if (partial != null) {
            in = ByteBuffer.allocate(partial.length + bytes.remaining()).put(partial).put(bytes).flip();
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
    private boolean readFrame(ByteBuffer in, Listener listener) {
        int start = in.position();
        if (in.remaining() < 2) {
            return false;
        }
        int first = in.get(start) & 0xFF;
        int second = in.get(start + 1) & 0xFF;
        int opcode = first & 0x0F;
        boolean fin = (first & 0x80) != 0;
        String broken = headerRule(first, second, opcode, fin);
        if (broken != null) {
            return fail(listener, CloseCodes.PROTOCOL_ERROR, broken);
        }
        int lengthBytes = (second & 0x7F) == 126 ? 2 : (second & 0x7F) == 127 ? 8 : 0;
        if (in.remaining() < 2 + lengthBytes) {
            return false;
        }
        long length = payloadLength(in, start, second & 0x7F);
        if (length > maxMessage || length < 0) {
            return fail(listener, CloseCodes.TOO_BIG, "frame larger than " + maxMessage + " bytes");
        }
        int headerLength = 2 + lengthBytes + 4;
        if (in.remaining() < headerLength + length) {
            return false;
        }
        byte[] payload = unmasked(in, start + headerLength - 4, start + headerLength, (int) length);
        in.position(start + headerLength + (int) length);
        dispatch(opcode, fin, payload, listener);
        return true;
    }

    private static String headerRule(int first, int second, int opcode, boolean fin) {
        if ((first & 0x70) != 0) {
            return "reserved bits set";
        }
        if ((second & 0x80) == 0) {
            return "client frames must be masked";
        }
        if ((opcode > BINARY && opcode < CLOSE) || opcode > PONG) {
            return "reserved opcode " + opcode;
        }
        if (opcode >= CLOSE && !fin) {
            return "fragmented control frame";
        }
        if (opcode >= CLOSE && (second & 0x7F) > 125) {
            return "control frame over 125 bytes";
        }
        return null;
    }

    private static long payloadLength(ByteBuffer in, int start, int length7) {
        return switch (length7) {
            case 126 -> in.getShort(start + 2) & 0xFFFF;
            case 127 -> in.getLong(start + 2);
            default -> length7;
        };
    }

    private static byte[] unmasked(ByteBuffer in, int maskAt, int payloadAt, int length) {
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) (in.get(payloadAt + i) ^ in.get(maskAt + (i & 3)));
        }
        return payload;
    }

    private void dispatch(int opcode, boolean fin, byte[] payload, Listener listener) {
        switch (opcode) {
            case PING -> listener.ping(payload);
            case PONG -> listener.pong();
            case CLOSE -> closeFrame(payload, listener);
            case CONTINUATION -> continuation(fin, payload, listener);
            default -> dataFrame(opcode, fin, payload, listener);
        }
    }

    private void dataFrame(int opcode, boolean fin, byte[] payload, Listener listener) {
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

    private void continuation(boolean fin, byte[] payload, Listener listener) {
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

    private void complete(int opcode, byte[] bytes, int length, Listener listener) {
        if (opcode == BINARY) {
            listener.binary(length);
            return;
        }
        String text = utf8(bytes, 0, length);
        if (text == null) {
            fail(listener, CloseCodes.INVALID_DATA, "text message is not valid UTF-8");
            return;
        }
        listener.text(text);
    }

    private void closeFrame(byte[] payload, Listener listener) {
        if (payload.length == 0) {
            done = true;
            listener.close(CloseCodes.NO_STATUS, "");
            return;
        }
        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : -1;
        String reason = payload.length >= 2 ? utf8(payload, 2, payload.length - 2) : null;
        if (code < 0 || !CloseCodes.isValidFromPeer(code) || reason == null) {
            fail(listener, CloseCodes.PROTOCOL_ERROR, "malformed close frame");
            return;
        }
        done = true;
        listener.close(code, reason);
    }

    private boolean fail(Listener listener, int code, String reason) {
        done = true;
        listener.fail(code, reason);
        return true;
    }

    /** The bytes as strict UTF-8, or null when they are not UTF-8. */
    private static String utf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
