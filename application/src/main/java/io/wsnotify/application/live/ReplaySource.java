package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.LogQuery;

import java.util.List;

/** What a subscription needs to catch up from the log before going live. */
interface ReplaySource {
    LogBounds bounds();

    /** Rendered frames for the notifications the query selects, oldest first. */
    List<Frame> read(LogQuery query);

    /** A {@code topic: system} frame ({@code replay.truncated} or {@code replay.reset}). */
    Frame systemFrame(String event, long since, LogBounds bounds);
}
