package io.wsnotify.adapter.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request body limit (DESIGN §6: 64 KiB). A declared {@code Content-Length} over the limit
 * is refused without being parsed (read and dropped up to 1 MiB); a body with a Content-Length is
 * counted as it is read. Either way the answer is a 413 problem and the connection is closed.
 *
 * <p>A chunked body is read here, by {@link ChunkedBody}, before the route runs (Helidon's own
 * reader refuses chunk extensions), and refused once it passes the limit. Helidon does not know
 * that body was read, so the connection ends after the answer ({@code Connection: close}).
 */
final class BodyLimitFilter implements Filter {
    /**
     * A moderately oversized body is read and dropped before the 413, so a client that writes its
     * whole body before reading the answer gets the answer instead of a reset connection.
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final int maxBodyBytes;

    BodyLimitFilter(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long declared = req.headers().contentLength().orElse(-1);
        if (declared > maxBodyBytes) {
            if (declared <= DRAIN_LIMIT) {
                drain(req);
            }
            ProblemResponse.send(req, res, ProblemException.tooLarge(maxBodyBytes));
            return;
        }
        if (req.headers().contains(HeaderNames.TRANSFER_ENCODING)) {
            readChunked(req, res);
        } else if (declared > 0) {
            req.streamFilter(in -> new LimitedStream(in, maxBodyBytes));
        }
        chain.proceed();
    }

    private void readChunked(RoutingRequest req, RoutingResponse res) {
        ConnectionContext connection = CurrentConnection.of(req);
        res.header(HeaderValues.CONNECTION_CLOSE);
        if (req.headers().containsToken(HeaderValues.EXPECT_100)) {
            connection.dataWriter().writeNow(BufferData.create(CONTINUE));
        }
        byte[] body = ChunkedBody.read(connection.dataReader(), maxBodyBytes);
        req.streamFilter(ignored -> new ByteArrayInputStream(body));
    }

    private static void drain(RoutingRequest req) {
        try (InputStream body = req.content().inputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException peerGone) {
            // the 413 is sent (or fails) the same way
        }
    }

    /** Throws a 413 problem when more than the limit is read. */
    private static final class LimitedStream extends FilterInputStream {
        private final int limit;
        private long count;

        LimitedStream(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw ProblemException.tooLarge(limit);
            }
        }
    }
}
