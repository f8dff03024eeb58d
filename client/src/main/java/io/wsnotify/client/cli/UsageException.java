package io.wsnotify.client.cli;

/** The command line cannot be run as given: reported as one line, with exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String problem) {
        super(problem);
    }
}
