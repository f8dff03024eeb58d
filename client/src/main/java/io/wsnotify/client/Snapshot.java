package io.wsnotify.client;

import java.util.Objects;
import java.util.function.Function;

/**
 * A read of a resource with the {@code Notify-Seq} it carried: the newest notification seq visible
 * to that read. Every change with a seq up to {@link #seq()} is already in {@link #body()}; every
 * later one arrives as a notification. That is the snapshot handoff (DESIGN §3), in either order:
 *
 * <ul>
 *   <li>snapshot first: {@link NotifyClientBuilder#get} the resource, then
 *       {@link NotifyClientBuilder#since since(snapshot.seq())} and {@code connect()}: the stream
 *       brings exactly the changes after the snapshot, none missed and none twice;</li>
 *   <li>stream first: {@link NotifyClient#get} while connected, and skip the notifications the
 *       snapshot {@link #includes} (the stream started before the read, so none is missed).</li>
 * </ul>
 *
 * @param body the response body (or what {@link #map} made of it)
 * @param seq  the {@code Notify-Seq} header of the response
 * @param <T>  the body's type
 */
public record Snapshot<T>(T body, long seq) {
    /** Checks the body is there and the seq is a log position. */
    public Snapshot {
        Objects.requireNonNull(body, "body");
        if (seq < 0) {
            throw new IllegalArgumentException("seq: must not be negative, was " + seq);
        }
    }

    /** Whether {@code notification}'s change is already reflected in this snapshot's body. */
    public boolean includes(Notification notification) {
        return notification.seq() <= seq;
    }

    /** The same snapshot with its body converted, e.g. parsed by the JSON library of your choice. */
    public <R> Snapshot<R> map(Function<? super T, ? extends R> conversion) {
        return new Snapshot<>(conversion.apply(body), seq);
    }
}
