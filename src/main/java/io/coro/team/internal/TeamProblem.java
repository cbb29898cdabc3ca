package io.coro.team.internal;

/** A team change the rules refuse; {@code messageKey} says why in messages*.properties, {@code field} where. */
public class TeamProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TeamProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
