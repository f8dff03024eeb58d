package io.wsnotify.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One live frame as the transports write it: the JSON of a notification (or of a notice) in
 * UTF-8, encoded once and shared by every connection of the node. The WebSocket text frame and
 * the SSE event are built from it on first use, once.
 *
 * <p>The WebSocket frame sits in one direct buffer; each I/O lane of the WebSocket transport
 * writes it through a view of its own ({@link #webSocketView(int)}), so lanes never share a
 * buffer position and nothing is copied per connection.
 */
public final class WireFrame {
    private final byte[] json;
    private final long eventId;
    private final ByteBuffer[] laneViews;
    private volatile ByteBuffer webSocketFrame;
    private volatile byte[] sseEvent;

    /**
     * @param json    the JSON document, UTF-8
     * @param eventId the seq a client resumes after once it has this frame (SSE {@code id:})
     * @param lanes   how many I/O lanes may write this frame to WebSockets
     */
    WireFrame(byte[] json, long eventId, int lanes) {
        this.json = json;
        this.eventId = eventId;
        this.laneViews = new ByteBuffer[lanes];
    }

    /** The JSON document, UTF-8. Do not modify. */
    public byte[] json() {
        return json;
    }

    /** The JSON document as text. */
    public String text() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Bytes of the JSON document. */
    public int size() {
        return json.length;
    }

    /**
     * The WebSocket text frame, through the view of I/O lane {@code lane}: only that lane's thread
     * may use it, and it sets the view's position and limit itself before each write.
     */
    public ByteBuffer webSocketView(int lane) {
        ByteBuffer view = laneViews[lane];
        if (view == null) {
            view = webSocketFrame().duplicate();
            laneViews[lane] = view;
        }
        return view;
    }

    /** Bytes of the whole WebSocket frame (header and payload). */
    public int webSocketLength() {
        return WebSocketFrames.headerLength(json.length) + json.length;
    }

    /** The SSE event ({@code id:} and {@code data:} lines, then a blank line), UTF-8. Do not modify. */
    public byte[] sseEvent() {
        byte[] event = sseEvent;
        if (event == null) {
            event = SseEvents.event(eventId, json);
            sseEvent = event;
        }
        return event;
    }

    private ByteBuffer webSocketFrame() {
        ByteBuffer frame = webSocketFrame;
        if (frame == null) {
            synchronized (this) {
                frame = webSocketFrame;
                if (frame == null) {
                    frame = WebSocketFrames.encode(WebSocketFrames.TEXT, json).asReadOnlyBuffer();
                    webSocketFrame = frame;
                }
            }
        }
        return frame;
    }
}
