package io.coro.strategy.internal;

import io.coro.strategy.StrategyInsight;
import io.coro.workspace.Workspaces;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class StrategyFigures implements StrategyInsight {

    private final io.coro.strategy.internal.Audits audits;
    private final ObjectiveViews views;
    private final Workspaces workspaces;

    StrategyFigures(io.coro.strategy.internal.Audits audits, ObjectiveViews views, Workspaces workspaces) {
        this.audits = audits;
        this.views = views;
        this.workspaces = workspaces;
    }

    @Override
    public StrategyInsight.Audits audits(UUID workspaceId) {
        List<io.coro.strategy.internal.Audits.Audit> all = audits.all(workspaceId);
        return new StrategyInsight.Audits(
                all.size(), all.isEmpty() ? null : all.get(0).takenOn());
    }

    @Override
    public ObjectivesSummary objectives(UUID workspaceId) {
        LocalDate today = workspaces
                .find(workspaceId)
                .map(w -> LocalDate.now(w.timeZone()))
                .orElse(LocalDate.now());
        List<ObjectiveViews.View> active = views.all(workspaceId, today).stream()
                .filter(v -> v.objective().status().equals("ACTIVE"))
                .toList();
        return new ObjectivesSummary(
                active.size(),
                (int) active.stream()
                        .filter(v -> v.objective().baseline() == null)
                        .count(),
                (int) active.stream()
                        .filter(v -> v.check().verdict() == Achievability.Verdict.UNREALISTIC)
                        .count());
    }
}
