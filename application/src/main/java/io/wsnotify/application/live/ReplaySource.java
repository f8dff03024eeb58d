package io.wsnotify.application.live;

/** What a subscription needs to catch up from the log before going live. */
interface ReplaySource {
    /**
     * The log's bounds and the rendered frames the request admits after {@code since}, oldest
     * first, at most {@code limit}, read in one transaction so a concurrent prune cannot open an
     * unannounced hole between them.
     */
    ReplayPage page(SubscriptionRequest request, long since, int limit);

    /** A {@code topic: system} frame ({@code replay.truncated} or {@code replay.reset}). */
    Frame systemFrame(String event, long since, io.wsnotify.domain.LogBounds bounds);
}
