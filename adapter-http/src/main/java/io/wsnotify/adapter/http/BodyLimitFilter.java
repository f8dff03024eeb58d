package io.wsnotify.adapter.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The request body limit (DESIGN §6: 64 KiB). A declared {@code Content-Length} over the limit
 * is refused without being parsed (read and dropped up to 1 MiB); a chunked body is counted as it is read and refused once
 * it passes the limit. Either way the answer is a 413 problem and the connection is closed.
 */
final class BodyLimitFilter implements Filter {
    /**
     * A moderately oversized body is read and dropped before the 413, so a client that writes its
     * whole body before reading the answer gets the answer instead of a reset connection.
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;

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
        if (declared > 0 || req.headers().contains(HeaderNames.TRANSFER_ENCODING)) {
            req.streamFilter(in -> new LimitedStream(in, maxBodyBytes));
        }
        chain.proceed();
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
