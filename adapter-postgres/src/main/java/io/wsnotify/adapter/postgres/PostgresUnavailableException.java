package io.wsnotify.adapter.postgres;

/**
 * PostgreSQL cannot be used: unreachable, refusing the login, or without the database. The message
 * is one line a person can act on (it names the configuration key to check), fit to be shown as
 * the whole of a startup error.
 */
public final class PostgresUnavailableException extends RuntimeException {
    PostgresUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
