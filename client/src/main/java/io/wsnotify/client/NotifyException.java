package io.wsnotify.client;

/**
 * The server refused the client or could not be reached: from {@link NotifyClientBuilder#connect()},
 * {@link NotifyClient#get}, and the error callback.
 */
public final class NotifyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param message what went wrong, for people
     * @param status  the HTTP status the server answered, 0 when it gave none (unreachable, timeout)
     * @param cause   the underlying failure, or null
     */
    public NotifyException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the refusal (401, 403, 404…), or 0 when no server answered. */
    public int status() {
        return status;
    }

    /** Whether the server refused the token (401) or the access it asked for (403). */
    public boolean isAuthenticationFailure() {
        return status == 401 || status == 403;
    }

    /**
     * Whether retrying cannot help: the server answered with a 4xx other than 408 and 429 (401 and
     * 403 above all), so it will not accept the request as it is. The client never retries these.
     */
    public boolean isFinal() {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}
