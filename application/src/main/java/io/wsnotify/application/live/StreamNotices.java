package io.wsnotify.application.live;

import io.wsnotify.domain.LogBounds;
import io.wsnotify.domain.port.IdGenerator;
import java.time.InstantSource;

/** Makes the notices that open a resumed stream, with their own id and time. */
final class StreamNotices {
    private final IdGenerator ids;
    private final InstantSource clock;

    StreamNotices(IdGenerator ids, InstantSource clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code since} is newer than anything the log ever held. */
    StreamNotice reset(long since, LogBounds bounds) {
        return notice(StreamNotice.Kind.RESET, since, bounds);
    }

    /** The log was pruned past {@code since}. */
    StreamNotice truncated(long since, LogBounds bounds) {
        return notice(StreamNotice.Kind.TRUNCATED, since, bounds);
    }

    private StreamNotice notice(StreamNotice.Kind kind, long since, LogBounds bounds) {
        long oldest = bounds.oldest() == 0 ? bounds.newest() + 1 : bounds.oldest();
        return new StreamNotice(kind, ids.nextId(), clock.instant(), since, oldest, bounds.newest());
    }
}
