package io.coro.plan.internal;

/** A plan change the rules refuse; {@code messageKey} says why in plan*.properties, {@code field} where. */
public class PlanProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public PlanProblem(String field, String messageKey, Object... arguments) {
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
