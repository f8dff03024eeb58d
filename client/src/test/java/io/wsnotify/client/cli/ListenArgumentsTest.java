package io.wsnotify.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad command lines get one line on stderr and exit code 2; {@code --help} gets the usage and 0. */
class ListenArgumentsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "listen",
                "subscribe --client-id a http://127.0.0.1:5050",
                "listen http://127.0.0.1:5050",
                "listen --client-id alice",
                "listen --client-id bad/id http://127.0.0.1:5050",
                "listen --client-id alice --since -1 http://127.0.0.1:5050",
                "listen --client-id alice --since abc http://127.0.0.1:5050",
                "listen --client-id alice --topics Tasks http://127.0.0.1:5050",
                "listen --client-id alice --topics tasks, http://127.0.0.1:5050",
                "listen --client-id alice --client-id bob http://127.0.0.1:5050",
                "listen --client-id alice --color red http://127.0.0.1:5050",
                "listen --client-id alice ftp://127.0.0.1:5050",
                "listen --client-id alice http://127.0.0.1:5050 http://127.0.0.1:5051",
                "listen --client-id alice http://127.0.0.1:5050 --token",
            })
    void refusesWithOneLineAndExitCode2(String commandLine) throws Exception {
        Outcome outcome = run(commandLine);
        assertEquals(2, outcome.code, outcome.err);
        assertEquals("", outcome.out);
        String[] lines = outcome.err.split("\n");
        assertEquals(1, lines.length, outcome.err);
        assertTrue(lines[0].startsWith("listen: ") && lines[0].contains(ListenArguments.USAGE), lines[0]);
    }

    @Test
    void helpPrintsTheUsageAndExits0() throws Exception {
        Outcome outcome = run("listen --help");
        assertEquals(0, outcome.code);
        assertTrue(outcome.out.startsWith(ListenArguments.USAGE), outcome.out);
        assertEquals("", outcome.err);
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws Exception {
        ListenArguments arguments = ListenArguments.parse(Arrays.asList(
                "--client-id=alice", "--since", "42", "--topics=tasks,devices", "--token", "t0k", "http://h:1/x"));
        assertEquals("alice", arguments.clientId());
        assertEquals(42, arguments.since().getAsLong());
        assertEquals(List.of("tasks", "devices"), arguments.topics());
        assertEquals("t0k", arguments.token());
        assertEquals("http://h:1/x", arguments.baseUrl().toString());
    }

    @Test
    void theRealProcessExitsWithCode2() throws Exception {
        try (ListenProcess listen = ListenProcess.start("listen", "--since", "x", "http://127.0.0.1:5050")) {
            assertEquals(2, listen.awaitExit(60), listen.stderr().toString());
            assertEquals(1, listen.stderr().size(), listen.stderr().toString());
            assertEquals(List.of(), listen.stdout());
        }
    }

    private static Outcome run(String commandLine) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = commandLine.isEmpty() ? List.of() : Arrays.asList(commandLine.split(" "));
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Outcome(int code, String out, String err) {}
}
