package io.coro.strategy.internal;

import java.util.List;

/** A strategy change the rules refuse: {@code messageKey} (with {@code args}) says why, {@code field} where. */
public class StrategyProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public StrategyProblem(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
