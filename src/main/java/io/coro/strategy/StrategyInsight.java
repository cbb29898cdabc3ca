package io.coro.strategy;

import java.time.LocalDate;
import java.util.UUID;

/** Figures of the strategy module for dashboards and reports. */
public interface StrategyInsight {

    Audits audits(UUID workspaceId);

    ObjectivesSummary objectives(UUID workspaceId);

    /** @param lastOn the date of the latest audit, or null without audits */
    record Audits(int count, LocalDate lastOn) {}

    /**
     * @param active active objectives
     * @param withoutBaseline active objectives with no baseline yet
     * @param unrealistic active objectives the achievability check finds too ambitious
     */
    record ObjectivesSummary(int active, int withoutBaseline, int unrealistic) {}
}
