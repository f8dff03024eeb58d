package io.wsnotify.client.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The client jar's command line: {@code java -jar websockets-notify-client.jar listen --client-id ID
 * [--since N] [--topics a,b] [--token T] BASE_URL}. Exit codes: 0 after {@code --help}, 1 when the
 * server refuses the client for good (such as a wrong token), 2 for bad arguments; otherwise it
 * runs until it is killed.
 */
public final class Main {
    private Main() {}

    /** Runs the command in {@code args} and exits with its code. */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(Arrays.asList(args), out, err);
        out.flush();
        System.exit(code);
    }

    /** The exit code of the command line {@code args}; blocks for as long as {@code listen} runs. */
    static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.contains("--help")
                || args.contains("-h")
                || (args.size() == 1 && args.get(0).equals("help"))) {
            out.println(ListenArguments.USAGE);
            out.println("Prints each notification (its JSON envelope) on one line of stdout, in seq order, each seq");
            out.println("once, reconnecting and resuming across server restarts until it is killed; diagnostics on");
            out.println("stderr. Without --since it starts with the notifications that follow its connect.");
            return 0;
        }
        ListenArguments arguments;
        try {
            if (args.isEmpty() || !args.get(0).equals("listen")) {
                throw new UsageException(
                        args.isEmpty() ? "a command is required" : "unknown command '" + args.get(0) + "'");
            }
            arguments = ListenArguments.parse(args.subList(1, args.size()));
            return new ListenCommand(arguments, out, err).run();
        } catch (UsageException e) {
            err.println("listen: " + e.getMessage() + " (" + ListenArguments.USAGE + ")");
            return 2;
        }
    }
}
