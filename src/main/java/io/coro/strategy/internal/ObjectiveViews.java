package io.coro.strategy.internal;

import io.coro.strategy.internal.Objectives.Measurement;
import io.coro.strategy.internal.Objectives.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An objective with what is computed from the data: its achievability and its progress. */
@Component
public class ObjectiveViews {

    private final Objectives objectives;

    ObjectiveViews(Objectives objectives) {
        this.objectives = objectives;
    }

    public record View(Objective objective, Achievability.Check check, Measurement latest, Integer progressPercent) {}

    public List<View> all(UUID workspaceId, LocalDate today) {
        return objectives.all(workspaceId).stream()
                .map(o -> view(workspaceId, o, today))
                .toList();
    }

    public View view(UUID workspaceId, Objective o, LocalDate today) {
        List<Measurement> series = objectives.series(workspaceId, o.kpi(), o.channelKey(), o.id());
        List<Achievability.Point> history = series.stream()
                .map(m -> new Achievability.Point(m.on(), m.value().doubleValue()))
                .toList();
        Measurement latest = series.stream()
                .filter(m -> o.baselineOn() == null || !m.on().isBefore(o.baselineOn()))
                .reduce((a, b) -> b)
                .orElse(null);
        // what is needed from where the KPI stands now: the latest measurement, else the baseline
        Double from = latest != null && o.baseline() != null
                ? Double.valueOf(latest.value().doubleValue())
                : o.baseline() == null ? null : o.baseline().doubleValue();
        Achievability.Check check = Achievability.check(
                o.kpi(),
                from,
                latest != null ? latest.on() : o.baselineOn(),
                o.target().doubleValue(),
                o.deadline(),
                history,
                today);
        return new View(o, check, latest, progress(o, latest));
    }

    /** How far from the baseline towards the target the latest measurement is, 0–100. */
    static Integer progress(Objective o, Measurement latest) {
        if (latest == null || o.baseline() == null) {
            return null;
        }
        double base = o.baseline().doubleValue();
        double span = o.target().doubleValue() - base;
        if (span == 0) {
            return null;
        }
        double done = (latest.value().doubleValue() - base) / span;
        return (int) Math.round(Math.max(0, Math.min(1, done)) * 100);
    }
}
