package io.coro.strategy.internal;

import io.coro.strategy.Kpi;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Is an objective achievable? Compares the change per month the target needs with the KPI's recent trend (the last
 * three months of measurements) and with what is typical for a small business, and says so in plain words.
 *
 * <p>Most KPIs are compared as compound monthly rates ("+38 % a month"); shares in percent as points a month;
 * for KPIs where lower is better (response time) the rate is a monthly reduction.
 */
public final class Achievability {

    public enum Verdict {
        ACHIEVABLE,
        STRETCH,
        UNREALISTIC,
        UNKNOWN
    }

    /**
     * @param required change per month the target needs (rate or points)
     * @param trend change per month over the last three months, or null without enough measurements
     * @param typical the typical upper change per month for this KPI
     */
    public record Check(Verdict verdict, Kpi kpi, Double required, Double trend, double typical, double months) {

        public boolean inPoints() {
            return kpi.share();
        }
    }

    public record Point(LocalDate on, double value) {}

    static final double DAYS_PER_MONTH = 30.44;

    private Achievability() {}

    public static Check check(
            Kpi kpi,
            Double baseline,
            LocalDate baselineOn,
            double target,
            LocalDate deadline,
            List<Point> history,
            LocalDate today) {
        double typical = kpi.typicalMonthlyChange();
        if (baseline == null) {
            return new Check(Verdict.UNKNOWN, kpi, null, null, typical, 0);
        }
        LocalDate from = baselineOn == null || baselineOn.isBefore(today) ? today : baselineOn;
        double months = Math.max(0.5, ChronoUnit.DAYS.between(from, deadline) / DAYS_PER_MONTH);
        Double required = change(kpi, baseline, target, months);
        Double trend = trend(kpi, history, today);
        if (required == null) {
            return new Check(Verdict.UNKNOWN, kpi, null, trend, typical, months);
        }
        double reference = trend == null ? typical : Math.max(trend, typical);
        Verdict verdict = required <= reference
                ? Verdict.ACHIEVABLE
                : required <= 2 * reference ? Verdict.STRETCH : Verdict.UNREALISTIC;
        return new Check(verdict, kpi, required, trend, typical, months);
    }

    /** The change per month from {@code from} to {@code to} in {@code months}, in the KPI's good direction. */
    static Double change(Kpi kpi, double from, double to, double months) {
        if (kpi.share()) {
            return (kpi.higherIsBetter() ? to - from : from - to) / months;
        }
        if (from <= 0 || to <= 0) {
            return null; // no rate from or to zero
        }
        return kpi.higherIsBetter()
                ? Math.pow(to / from, 1.0 / months) - 1.0 // growth a month
                : 1.0 - Math.pow(to / from, 1.0 / months); // reduction a month
    }

    /** The trend over the last three months: the first and last measurement in that window, at least 4 weeks apart. */
    static Double trend(Kpi kpi, List<Point> history, LocalDate today) {
        List<Point> recent = history.stream()
                .filter(p -> !p.on().isAfter(today)
                        && p.on().isAfter(today.minusMonths(3).minusDays(1)))
                .sorted(Comparator.comparing(Point::on))
                .toList();
        if (recent.size() < 2) {
            return null;
        }
        Point first = recent.get(0);
        Point last = recent.get(recent.size() - 1);
        long days = ChronoUnit.DAYS.between(first.on(), last.on());
        if (days < 28) {
            return null;
        }
        return change(kpi, first.value(), last.value(), days / DAYS_PER_MONTH);
    }
}
