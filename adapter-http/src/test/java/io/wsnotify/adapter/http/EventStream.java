package io.wsnotify.adapter.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test client of {@code /events}: reads the stream's lines on a virtual thread, hands out frames. */
final class EventStream implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final String END = new String("end of stream");

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** One SSE frame: its id (null when none), data (null when none) and comment lines. */
    record Frame(String id, String data, List<String> comments) {}

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofVirtual().start(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException e) {
                // the stream was closed
            } finally {
                lines.add(END);
            }
        });
    }

    static EventStream open(TestServer server, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.uri(pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<Stream<String>> response = server.client()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return new EventStream(response);
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next frame with data, skipping comment-only frames (heartbeats). */
    Frame nextData() throws InterruptedException {
        Frame frame;
        do {
            frame = nextFrame();
        } while (frame.data() == null);
        return frame;
    }

    /** The next frame, whatever it holds; fails when none comes in time or the stream ended. */
    Frame nextFrame() throws InterruptedException {
        String id = null;
        String data = null;
        List<String> comments = new ArrayList<>();
        while (true) {
            String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || line == END) {
                throw new AssertionError(line == null ? "no SSE frame within " + WAIT : "the SSE stream ended");
            }
            if (line.isEmpty()) {
                if (id != null || data != null || !comments.isEmpty()) {
                    return new Frame(id, data, comments);
                }
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).strip();
            }
        }
    }

    /** Waits for the server to end the stream; returns the comment lines it sent before. */
    List<String> commentsUntilEnd() throws InterruptedException {
        List<String> comments = new ArrayList<>();
        while (true) {
            String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("the SSE stream did not end within " + WAIT);
            }
            if (line == END) {
                return comments;
            }
            if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            }
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
