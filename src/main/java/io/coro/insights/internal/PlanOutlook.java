package io.coro.insights.internal;

import io.coro.plan.Plan;
import io.coro.workspace.Workspaces;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The editorial plan's line of the readiness checklist: something planned for the next two weeks. */
@Component
class PlanOutlook implements Readiness.PlanReadiness {

    private final Plan plan;
    private final Workspaces workspaces;

    PlanOutlook(Plan plan, Workspaces workspaces) {
        this.plan = plan;
        this.workspaces = workspaces;
    }

    @Override
    public Readiness.Item item(UUID workspaceId, LocalDate today) {
        ZoneId zone = workspaces.find(workspaceId).map(w -> w.timeZone()).orElse(ZoneId.systemDefault());
        Plan.Outlook outlook = plan.outlook(
                workspaceId,
                today.atStartOfDay(zone).toInstant(),
                today.plusDays(14).atStartOfDay(zone).toInstant());
        if (outlook.plannedItems() == 0) {
            return new Readiness.Item(
                    "readiness.plan",
                    Readiness.State.TODO,
                    "readiness.plan.none",
                    List.of(),
                    "readiness.plan.action",
                    "/plan");
        }
        return new Readiness.Item(
                "readiness.plan",
                outlook.activeSlots() > 0 ? Readiness.State.OK : Readiness.State.WARN,
                "readiness.plan.summary",
                List.of(outlook.plannedItems(), outlook.activeSlots()),
                "readiness.plan.action",
                "/plan");
    }
}
