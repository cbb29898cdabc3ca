package io.coro.channels.internal;

/** A channel change the rules refuse; {@code messageKey} says why in channels*.properties, {@code field} where. */
public class ChannelProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public ChannelProblem(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
