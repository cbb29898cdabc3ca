package io.coro.shared.database;

/** The embedded database cannot be used; the message says why and what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
