package io.wsnotify.bench;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** One-line descriptions of failures for the benchmark's figures and log. */
final class Failures {

    private Failures() {}

    /** The class and message of the root failure, past wrapping completion and execution exceptions. */
    static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
