package io.wsnotify.adapter.http;

import io.helidon.http.Headers;
import io.helidon.http.WritableHeaders;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;

/**
 * The send listener that gives the answer to a HEAD request its true {@code Content-Length}
 * ({@link HeadAnswer#correct}): Helidon tells it the response headers just before writing them.
 */
final class HeadAnswers implements Http1ConnectionListener {
    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        if (headers instanceof WritableHeaders<?> writable) {
            GuardedContext.headAnswerOf(ctx).ifPresent(answer -> answer.correct(writable));
        }
    }
}
