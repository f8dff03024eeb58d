package io.wsnotify.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that writes exactly the bytes a test gives it, however malformed or smuggled, and
 * reads everything the server sends back until the server ends the connection (or a bound
 * passes). What it saw says whether the server answered once and closed, or went on reading.
 */
final class HostileHttpClient {
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}) ");

    private HostileHttpClient() {}

    /** What came back: every byte, and whether the server closed the connection within the bound. */
    record Exchange(String received, boolean closedByServer) {
        /** The status of every response in the stream, in order (interim 1xx ones included). */
        List<Integer> statuses() {
            List<Integer> statuses = new ArrayList<>();
            Matcher matcher = STATUS_LINE.matcher(received);
            while (matcher.find()) {
                statuses.add(Integer.parseInt(matcher.group(1)));
            }
            return statuses;
        }

        /** The final (non-1xx) statuses only. */
        List<Integer> finalStatuses() {
            return statuses().stream().filter(status -> status >= 200).toList();
        }
    }

    /** Writes {@code request} in one go and reads until the server closes or {@code bound} passes. */
    static Exchange send(int port, byte[] request, Duration bound) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) bound.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (SocketException resetWhileWriting) {
                // the server may close before it has read everything: what it answered is still readable
            }
            return readToEnd(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Exchange send(int port, String request, Duration bound) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1), bound);
    }

    private static Exchange readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                received.write(buffer, 0, read);
            }
            return new Exchange(received.toString(StandardCharsets.UTF_8), true);
        } catch (SocketTimeoutException e) {
            return new Exchange(received.toString(StandardCharsets.UTF_8), false);
        } catch (SocketException reset) {
            return new Exchange(received.toString(StandardCharsets.UTF_8), true);
        }
    }
}
