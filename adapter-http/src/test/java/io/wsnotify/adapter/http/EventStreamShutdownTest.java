package io.wsnotify.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wsnotify.testsupport.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On shutdown the core ends every stream; the last comment names the seq to resume from. */
class EventStreamShutdownTest {
    @Test
    void shutdownEndsTheStreamNamingTheSeqToResumeFrom() throws Exception {
        TestServer server = TestServer.create().start();
        try (EventStream stream = EventStream.open(server, "/events")) {
            server.call("POST", "/notify").json("{\"message\":\"last words\"}").send();
            long seq = Long.parseLong(stream.nextData().id());

            server.core().live().endAll();

            assertEquals(List.of("server shutting down; resume with since=" + seq), stream.commentsUntilEnd());
            Await.until(
                    "the stream is closed",
                    Duration.ofSeconds(10),
                    () -> server.adapter().openSseStreams() == 0);
        } finally {
            server.close();
        }
    }
}
