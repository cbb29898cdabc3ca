package io.coro.channels.spi;

/**
 * Connecting an account did not work. The kind decides what the person is told; the detail is the network's own
 * words, shown beneath.
 */
public class ConnectionFailed extends Exception {

    public enum Kind {
        /** the handle, password or authorization was refused */
        BAD_CREDENTIALS,
        /** the server did not answer (wrong address, down, no network) */
        UNREACHABLE,
        /** something answered, but not a server of this network */
        NOT_A_SERVER,
        /** the server asks to wait before trying again */
        RATE_LIMITED,
        /** the server refused for another reason, given in the detail */
        REFUSED
    }

    private final Kind kind;
    private final String detail;

    public ConnectionFailed(Kind kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
        this.detail = detail;
    }

    public ConnectionFailed(Kind kind, String detail, Throwable cause) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
