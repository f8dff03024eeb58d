package io.wsnotify.application.live;

/**
 * What a transport (WebSocket, SSE) gives the core for one connection. The transport pulls frames
 * from its {@link Subscription} on its own thread; the core only tells it when to.
 *
 * <p>Threading: both methods are called from core threads (the follower, replay and shutdown) and
 * must return at once, never waiting for the peer.
 */
public interface DeliverySink {
    /** Frames are waiting: call {@link Subscription#poll} soon, on the transport's own thread. */
    void ready();

    /** The core ends the connection: close it with the reason's code and text. Called once. */
    void end(EndReason reason);
}
