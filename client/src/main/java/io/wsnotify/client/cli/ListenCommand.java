package io.wsnotify.client.cli;

import io.wsnotify.client.ConnectionEvent;
import io.wsnotify.client.Gap;
import io.wsnotify.client.Notification;
import io.wsnotify.client.NotifyClient;
import io.wsnotify.client.NotifyClientBuilder;
import io.wsnotify.client.NotifyException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code listen}: a {@link NotifyClient} whose notifications go to stdout, one JSON envelope per
 * line, flushed at once; connection events and gaps go to stderr. It keeps trying while the server
 * cannot be reached, and stops only when refused for good (exit 1) or when stdout is closed.
 */
final class ListenCommand {
    private final ListenArguments arguments;
    private final PrintStream out;
    private final PrintStream err;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    ListenCommand(ListenArguments arguments, PrintStream out, PrintStream err) {
        this.arguments = arguments;
        this.out = out;
        this.err = err;
    }

    int run() throws UsageException, InterruptedException {
        NotifyClientBuilder builder = configure();
        NotifyClient client = null;
        while (client == null) {
            try {
                client = builder.connect();
            } catch (NotifyException e) {
                if (e.isFinal()) {
                    err.println("listen: " + e.getMessage());
                    return 1;
                }
                err.println("listen: " + e.getMessage() + "; trying again");
            }
        }
        NotifyClient running = client;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "listen-shutdown"));
        try {
            return exit.get();
        } catch (ExecutionException impossible) {
            return 1;
        } finally {
            running.close();
        }
    }

    private NotifyClientBuilder configure() throws UsageException {
        try {
            NotifyClientBuilder builder = NotifyClient.builder(arguments.baseUrl())
                    .clientId(arguments.clientId())
                    .topics(arguments.topics().toArray(new String[0]))
                    .connectTimeout(Duration.ofSeconds(10))
                    .onNotification(this::print)
                    .onGap(this::gap)
                    .onConnection(this::connection)
                    .onError(this::refused);
            arguments.since().ifPresent(builder::since);
            if (arguments.token() != null) {
                builder.token(arguments.token());
            }
            return builder;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void print(Notification notification) {
        String raw = notification.raw();
        // Valid JSON has line breaks only between tokens, where a space means the same.
        out.println(
                raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0
                        ? raw
                        : raw.replace('\n', ' ').replace('\r', ' '));
        out.flush();
        if (out.checkError()) {
            err.println("listen: stdout is closed; stopping");
            exit.complete(0);
        }
    }

    private void gap(Gap gap) {
        if (gap.kind() == Gap.Kind.TRUNCATED) {
            err.println("listen: gap: replay.truncated: the log no longer holds the notifications after seq "
                    + gap.since() + " and before seq " + gap.oldestSeq() + "; continuing at seq " + gap.oldestSeq());
        } else {
            err.println("listen: gap: replay.reset: seq " + gap.since() + " is newer than the server's log (newest seq "
                    + gap.newestSeq() + "): it was replaced; continuing after seq " + gap.newestSeq());
        }
    }

    private void connection(ConnectionEvent event) {
        switch (event.kind()) {
            case CONNECTED:
                err.println("listen: connected to " + arguments.baseUrl() + " as " + arguments.clientId()
                        + "; streaming after seq " + event.seq());
                break;
            case DISCONNECTED:
                err.println("listen: disconnected (" + event.detail() + "); " + retry(event));
                break;
            default:
                err.println("listen: cannot connect (" + event.detail() + "); " + retry(event));
        }
    }

    private static String retry(ConnectionEvent event) {
        String after = " after seq " + event.seq();
        return event.retryIn().isZero()
                ? "resuming now" + after
                : "resuming in " + event.retryIn().toMillis() + " ms" + after;
    }

    private void refused(NotifyException error) {
        err.println("listen: " + error.getMessage() + "; stopping");
        exit.complete(1);
    }
}
