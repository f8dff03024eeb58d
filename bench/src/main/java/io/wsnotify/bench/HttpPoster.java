package io.wsnotify.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;

/**
 * A minimal HTTP/1.1 client for the benchmark's POSTs: a few keep-alive connections, one platform thread each,
 * taking requests from one queue. Far cheaper than {@code java.net.http.HttpClient}, whose per-request cost
 * (mostly interpreted at 50 requests/s) would otherwise compete with the server for the CPU.
 */
final class HttpPoster implements AutoCloseable {

    private record Job(String body, BiConsumer<HttpAnswer, Exception> done) {}

    private final URI uri;
    private final String token;
    private final BlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread[] senders;
    private volatile boolean closed;

    /** {@code connections} keep-alive connections to {@code uri} (http only). */
    HttpPoster(URI uri, String token, int connections, String name) {
        this.uri = uri;
        this.token = token;
        this.senders = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            senders[i] = Thread.ofPlatform().daemon().name(name + "-" + i).start(this::serve);
        }
    }

    /** Queues a POST of the JSON {@code body}; {@code done} gets the answer or the failure, on a sender thread. */
    void post(String body, BiConsumer<HttpAnswer, Exception> done) {
        jobs.add(new Job(body, done));
    }

    private void serve() {
        Socket socket = null;
        InputStream in = null;
        while (!closed) {
            Job job;
            try {
                job = jobs.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (socket == null || socket.isClosed()) {
                    socket = connect();
                    in = new BufferedInputStream(socket.getInputStream(), 8192);
                }
                HttpAnswer answer = exchange(socket, in, job.body());
                if (answer.closeConnection()) {
                    socket.close();
                }
                job.done().accept(answer, null);
            } catch (IOException | RuntimeException e) {
                closeQuietly(socket);
                socket = null;
                job.done().accept(null, e);
            }
        }
        closeQuietly(socket);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private HttpAnswer exchange(Socket socket, InputStream in, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append("POST ")
                .append(uri.getRawPath())
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(uri.getRawAuthority())
                .append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ")
                .append(content.length)
                .append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        out.write(request);
        out.flush();
        return HttpAnswer.read(in);
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // going away anyway
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread sender : senders) {
            sender.interrupt();
        }
    }
}
