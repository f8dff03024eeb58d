package io.wsnotify.client;

import java.util.Objects;

/**
 * One notification from the server's log, as its envelope said it (DESIGN §4). Every field but
 * {@code seq} and {@code raw} may be null when the envelope lacks it or does not carry it as a
 * string. Anything else the envelope holds (such as {@code data}, or fields a publisher added) is in
 * {@link #raw()}, the envelope's JSON text exactly as received.
 *
 * @param seq       the log's sequence number: positive, strictly increasing, never delivered twice
 * @param id        unique id of the notification
 * @param message   human-readable text
 * @param type      {@code INFO}, {@code SUCCESS}, {@code ALERT}, {@code WARNING} or {@code ERROR}
 * @param url       path of the resource it is about ({@code /tasks/11})
 * @param date      the seed's date format: server local time to the minute ({@code 2026-11-27 10:42})
 * @param timestamp ISO-8601 instant ({@code 2026-11-27T10:42:07.123Z})
 * @param topic     {@code tasks}, {@code devices}, or a custom topic
 * @param event     {@code task.created}, {@code device.online}, {@code custom}…
 * @param to        the client id it was addressed to, null when it was for everyone
 * @param raw       the whole envelope's JSON text
 */
public record Notification(
        long seq,
        String id,
        String message,
        String type,
        String url,
        String date,
        String timestamp,
        String topic,
        String event,
        String to,
        String raw) {
    /** Checks the two fields every notification has. */
    public Notification {
        if (seq <= 0) {
            throw new IllegalArgumentException("seq: must be positive, was " + seq);
        }
        Objects.requireNonNull(raw, "raw");
    }
}
