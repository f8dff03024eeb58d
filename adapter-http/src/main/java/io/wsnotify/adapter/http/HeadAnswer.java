package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The answer to one HEAD request, which is served as a GET whose body is dropped: counts the body
 * the GET would have sent, and gives the response head the {@code Content-Length} of that body
 * (RFC 9110 §9.3.2) — or none for a stream, whose GET has no length.
 *
 * <p>Helidon sets {@code Content-Length: 0} for a response whose body never reached it; the
 * adapter's send listener ({@link HeadAnswers}) corrects the header just before it is written.
 */
final class HeadAnswer {
    private volatile boolean stream;
    private long bodyBytes;

    /** The head of a stream is being sent: it has no length (an error answer instead has one). */
    void isStream() {
        stream = true;
    }

    /** The response stream filter: the GET's body is counted, never written. */
    OutputStream dropBody(OutputStream response) {
        return new FilterOutputStream(response) {
            @Override
            public void write(int b) {
                bodyBytes++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                bodyBytes += length;
            }

            @Override
            public void flush() {
                // nothing is written before the head, whose length is only known at the end
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Sets the response head's {@code Content-Length} to what the GET would have sent. */
    void correct(WritableHeaders<?> headers) {
        if (stream) {
            headers.remove(HeaderNames.CONTENT_LENGTH);
        } else {
            headers.set(HeaderNames.CONTENT_LENGTH, Long.toString(bodyBytes));
        }
    }
}
