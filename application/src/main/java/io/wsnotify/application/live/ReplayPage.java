package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;

import java.util.List;

/** One page of a replay and the log bounds seen by the same read. */
record ReplayPage(LogBounds bounds, List<Frame> frames) {
}
