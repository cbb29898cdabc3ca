package io.coro.workspace.internal;

/**
 * A request that the workspace rules refuse. {@code field} names the form field to show it next to ({@code null}: the
 * whole form); {@code messageKey} is looked up in messages*.properties.
 */
public class WorkspaceProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public WorkspaceProblem(String field, String messageKey) {
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
