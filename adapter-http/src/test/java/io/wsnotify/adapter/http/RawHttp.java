package io.wsnotify.adapter.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request target exactly as written (the JDK client normalises or refuses odd ones). */
final class RawHttp {
    private RawHttp() {}

    /** The whole response to {@code GET target} with {@code Connection: close}, status line first. */
    static String get(TestServer server, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headerLines) {
            request.append(header).append("\r\n");
        }
        return exchange(server, request.append("Connection: close\r\n\r\n").toString());
    }

    /** The first response to a request written exactly as given (ASCII), status line first. */
    static String exchange(TestServer server, String request) {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readUntilBodyComplete(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the head and a Content-Length body (the server may keep the socket open after it). */
    private static String readUntilBodyComplete(Socket socket) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int length = 0;
        while (true) {
            int read = socket.getInputStream().read(buffer, length, buffer.length - length);
            if (read < 0) {
                return new String(buffer, 0, length, StandardCharsets.UTF_8);
            }
            length += read;
            String text = new String(buffer, 0, length, StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                int declared = contentLength(text.substring(0, headEnd));
                if (declared >= 0 && text.getBytes(StandardCharsets.UTF_8).length >= headEnd + 4 + declared) {
                    return text;
                }
            }
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return -1;
    }

    /** The body of a raw response. */
    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
