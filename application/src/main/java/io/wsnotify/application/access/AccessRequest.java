package io.wsnotify.application.access;

import io.wsnotify.domain.ClientId;
import io.wsnotify.domain.Topic;
import java.util.Objects;
import java.util.Set;

/**
 * What a request asks to do, for the access decision.
 *
 * @param operation what it wants to do
 * @param client    the client id it asks to read as ({@code /ws/{client_id}}, {@code ?client_id=}),
 *                  or null when it names none
 * @param topics    the topics it asks to receive; empty means "all it may"
 */
public record AccessRequest(Operation operation, ClientId client, Set<Topic> topics) {
    public AccessRequest {
        Objects.requireNonNull(operation, "operation");
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }

    /** A change: POST, PUT, DELETE, POST /notify. */
    public static AccessRequest publish() {
        return new AccessRequest(Operation.PUBLISH, null, Set.of());
    }

    /** A read that names no client nor topics: a REST resource (or the first look at any read). */
    public static AccessRequest read() {
        return new AccessRequest(Operation.READ, null, Set.of());
    }

    /** A read of the log ({@code GET /notifications}) as {@code client} (may be null) for {@code topics}. */
    public static AccessRequest readLog(ClientId client, Set<Topic> topics) {
        return new AccessRequest(Operation.READ, client, topics);
    }

    /** A live subscription (WebSocket, SSE) as {@code client} (may be null for SSE) for {@code topics}. */
    public static AccessRequest subscribe(ClientId client, Set<Topic> topics) {
        return new AccessRequest(Operation.SUBSCRIBE, client, topics);
    }
}
