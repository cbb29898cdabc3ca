package io.coro.insights.internal;

import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyInsight;
import io.coro.team.Team;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The readiness checklist: the five things a company should have before going on social networks (a starting
 * analysis, the team's know-how, achievable objectives, a strategy, an editorial plan), each with its state computed
 * from the data of the module that owns it.
 */
@Component
public class Readiness {

    public enum State {
        OK,
        WARN,
        TODO
    }

    /** One prerequisite: its state, the message (key and arguments) that explains it, and where to fix it. */
    public record Item(String name, State state, String messageKey, List<Object> args, String actionKey, String link) {}

    private final Strategy strategy;
    private final StrategyInsight strategyInsight;
    private final Team team;
    private final List<PlanReadiness> plan;

    Readiness(Strategy strategy, StrategyInsight strategyInsight, Team team, List<PlanReadiness> plan) {
        this.strategy = strategy;
        this.strategyInsight = strategyInsight;
        this.team = team;
        this.plan = plan;
    }

    /** The plan's part of the checklist, provided by an adapter once the plan module offers it. */
    public interface PlanReadiness {
        Item item(UUID workspaceId, LocalDate today);
    }

    public List<Item> check(UUID workspaceId, LocalDate today, Locale locale) {
        List<Item> items = new ArrayList<>();
        items.add(analysis(workspaceId, today, locale));
        items.add(knowHow(workspaceId, locale));
        items.add(objectives(workspaceId));
        items.add(strategy(workspaceId));
        items.add(
                plan.isEmpty()
                        ? new Item(
                                "readiness.plan",
                                State.TODO,
                                "readiness.plan.none",
                                List.of(),
                                "readiness.plan.action",
                                "/plan")
                        : plan.get(0).item(workspaceId, today));
        return items;
    }

    private Item analysis(UUID ws, LocalDate today, Locale locale) {
        StrategyInsight.Audits audits = strategyInsight.audits(ws);
        Supplier<Item> todo = () -> new Item(
                "readiness.analysis",
                State.TODO,
                "readiness.analysis.none",
                List.of(),
                "readiness.analysis.action",
                "/strategy/audits/new");
        if (audits.count() == 0) {
            return todo.get();
        }
        String last = audits.lastOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy", locale));
        boolean recent = audits.lastOn().isAfter(today.minusMonths(6));
        return new Item(
                "readiness.analysis",
                recent ? State.OK : State.WARN,
                recent ? "readiness.analysis.ok" : "readiness.analysis.old",
                List.of(audits.count(), last),
                "readiness.analysis.action",
                "/strategy/audits/new");
    }

    private Item knowHow(UUID ws, Locale locale) {
        Team.KnowHow knowHow = team.knowHow(ws);
        if (knowHow.peopleWithSkills() == 0) {
            return new Item(
                    "readiness.knowhow",
                    State.TODO,
                    "readiness.knowhow.none",
                    List.of(),
                    "readiness.knowhow.action",
                    "/team/inventory");
        }
        if (!knowHow.gaps().isEmpty()) {
            String names = String.join(
                    ", ",
                    knowHow.gaps().stream()
                            .map(c -> c.name(locale.getLanguage()))
                            .toList());
            return new Item(
                    "readiness.knowhow",
                    State.WARN,
                    "readiness.knowhow.gaps",
                    List.of(knowHow.peopleWithSkills(), knowHow.gaps().size(), names),
                    "readiness.knowhow.action",
                    "/team/inventory");
        }
        return new Item(
                "readiness.knowhow",
                State.OK,
                "readiness.knowhow.ok",
                List.of(knowHow.peopleWithSkills()),
                "readiness.knowhow.action",
                "/team/inventory");
    }

    private Item objectives(UUID ws) {
        StrategyInsight.ObjectivesSummary s = strategyInsight.objectives(ws);
        if (s.active() == 0) {
            return new Item(
                    "readiness.objectives",
                    State.TODO,
                    "readiness.objectives.none",
                    List.of(),
                    "readiness.objectives.action",
                    "/strategy#objectives");
        }
        boolean ok = s.withoutBaseline() == 0 && s.unrealistic() == 0;
        return new Item(
                "readiness.objectives",
                ok ? State.OK : State.WARN,
                ok ? "readiness.objectives.ok" : "readiness.objectives.summary",
                List.of(s.active(), s.withoutBaseline(), s.unrealistic()),
                "readiness.objectives.action",
                "/strategy#objectives");
    }

    private Item strategy(UUID ws) {
        StrategyDocument d = strategy.current(ws);
        if (d.pillars().isEmpty()) {
            return new Item(
                    "readiness.strategy",
                    State.TODO,
                    "readiness.strategy.none",
                    List.of(),
                    "readiness.strategy.action",
                    "/strategy/edit");
        }
        int total = d.pillars().stream()
                .mapToInt(StrategyDocument.Pillar::targetShare)
                .sum();
        boolean tone = !d.tone().principles().isEmpty();
        return new Item(
                "readiness.strategy",
                total == 100 && tone ? State.OK : State.WARN,
                tone ? "readiness.strategy.summary" : "readiness.strategy.summaryNoTone",
                List.of(d.pillars().size(), total),
                "readiness.strategy.action",
                "/strategy/edit");
    }
}
