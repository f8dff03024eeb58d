package io.wsnotify.adapter.http;

import io.helidon.common.buffers.DataReader;
import java.io.ByteArrayOutputStream;

/**
 * Reads a {@code Transfer-Encoding: chunked} body from the connection (RFC 9112 §7.1): chunk
 * sizes in hex, chunk extensions ({@code ;name=value}) ignored as the RFC requires, the trailer
 * section read and dropped. The body may be at most {@code limit} bytes (413); broken framing,
 * a line over {@link #MAX_LINE} bytes or a client gone mid-body is unreadable (400). Either way
 * the connection then ends, as where the body ends is unknown.
 */
final class ChunkedBody {
    /** Longest chunk-size line (with its extensions) or trailer line accepted. */
    static final int MAX_LINE = 4096;
    /** Most trailer fields accepted after the last chunk. */
    private static final int MAX_TRAILER_LINES = 100;

    private ChunkedBody() {}

    /** The decoded body; the reader is left just after it. */
    static byte[] read(DataReader reader, int limit) {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            long size;
            while ((size = chunkSize(line(reader))) > 0) {
                if (body.size() + size > limit) {
                    throw ProblemException.tooLarge(limit);
                }
                body.writeBytes(reader.readBytes((int) size));
                if (reader.read() != '\r' || reader.read() != '\n') {
                    throw ProblemException.unreadableBody();
                }
            }
            skipTrailers(reader);
            return body.toByteArray();
        } catch (DataReader.InsufficientDataAvailableException | DataReader.IncorrectNewLineException e) {
            throw ProblemException.unreadableBody();
        } catch (RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.unreadableBody();
        }
    }

    /** {@code 1*HEXDIG [BWS ";" chunk-ext]}: the hex size, whatever extensions follow. */
    static long chunkSize(String line) {
        int end = 0;
        while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0) {
            end++;
        }
        String rest = line.substring(end).stripLeading();
        if (end == 0 || end > 15 || !(rest.isEmpty() || rest.startsWith(";"))) {
            throw ProblemException.unreadableBody();
        }
        return Long.parseLong(line, 0, end, 16);
    }

    private static void skipTrailers(DataReader reader) {
        for (int i = 0; i <= MAX_TRAILER_LINES; i++) {
            if (line(reader).isEmpty()) {
                return;
            }
        }
        throw ProblemException.unreadableBody();
    }

    private static String line(DataReader reader) {
        int end = reader.findNewLine(MAX_LINE);
        if (end >= MAX_LINE) {
            throw ProblemException.unreadableBody();
        }
        String line = reader.readAsciiString(end);
        reader.skip(2);
        return line;
    }
}
