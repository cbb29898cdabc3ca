package io.coro.channels.mastodon;

/**
 * A call that got no answer. Whether the server may have received it decides what a failed publish means: surely
 * not (connection refused, unknown host, TLS refused) is a plain retry; maybe (a read timeout, a connection reset
 * after sending) needs reconciling first.
 */
final class NoAnswer extends Exception {

    private final boolean maybeReceived;

    NoAnswer(boolean maybeReceived, String message, Throwable cause) {
        super(message, cause);
        this.maybeReceived = maybeReceived;
    }

    boolean maybeReceived() {
        return maybeReceived;
    }
}
