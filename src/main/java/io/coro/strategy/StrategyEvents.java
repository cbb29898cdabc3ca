package io.coro.strategy;

import java.util.UUID;

/** What happened in the strategy module, for other modules. */
public final class StrategyEvents {

    private StrategyEvents() {}

    /** A new version of the strategy was saved; {@code demo}: by the demo company's setup. */
    public record StrategySaved(UUID workspaceId, int version, boolean demo) {}

    public record ObjectiveCreated(UUID workspaceId, UUID objectiveId, String kpi) {}

    public record AuditTaken(UUID workspaceId, UUID auditId) {}
}
