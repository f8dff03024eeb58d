package io.wsnotify.wire;

import io.wsnotify.application.live.FrameRenderer;
import io.wsnotify.application.live.StreamNotice;
import io.wsnotify.domain.Notification;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** Renders live frames in the wire format of DESIGN §4 and §5, for the WebSocket and SSE transports. */
public final class WireFrames implements FrameRenderer<WireFrame> {
    private final EnvelopeJson envelopes;
    private final NoticeJson notices;
    private final int lanes;

    /**
     * @param zone  the server's zone, for the seed's local {@code date} field
     * @param lanes how many I/O lanes the WebSocket transport writes frames from
     */
    public WireFrames(ZoneId zone, int lanes) {
        this.envelopes = new EnvelopeJson(zone);
        this.notices = new NoticeJson(zone);
        this.lanes = lanes;
    }

    @Override
    public WireFrame render(Notification notification) {
        return new WireFrame(
                envelopes.render(notification).getBytes(StandardCharsets.UTF_8), notification.seq(), lanes);
    }

    @Override
    public WireFrame render(StreamNotice notice) {
        return new WireFrame(notices.render(notice).getBytes(StandardCharsets.UTF_8), notice.resumeAfter(), lanes);
    }

    @Override
    public int size(WireFrame frame) {
        return frame.size();
    }
}
