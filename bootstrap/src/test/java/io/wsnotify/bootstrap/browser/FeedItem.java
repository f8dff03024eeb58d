package io.wsnotify.bootstrap.browser;

import java.util.Map;

/** One {@code feed-item} of the dashboard as the user sees it: its seq, type badge and message. */
record FeedItem(long seq, String type, String message) {
    /** Page script returning every feed item, newest first, as plain objects. */
    static final String READ_ALL = "return [...document.querySelectorAll('[data-testid=feed-item]')].map(item => ({"
            + "seq: item.dataset.seq, type: item.dataset.type,"
            + "message: item.querySelector('[data-testid=feed-item-message]').textContent}));";

    /** From the plain object the page's script returns ({@code seq}, {@code type}, {@code message}). */
    static FeedItem fromScript(Object value) {
        Map<?, ?> item = (Map<?, ?>) value;
        return new FeedItem(
                Long.parseLong(String.valueOf(item.get("seq"))),
                String.valueOf(item.get("type")),
                String.valueOf(item.get("message")));
    }
}
