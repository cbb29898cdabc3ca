package io.coro.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.coro.strategy.internal.Achievability;
import io.coro.strategy.internal.Achievability.Point;
import io.coro.strategy.internal.Achievability.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The achievability check on realistic objectives of a small business. */
class AchievabilityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Instagram followers measured monthly: 1 800 → 1 872 in three months, about +1.3 % a month. */
    static final List<Point> FOLLOWERS = List.of(
            new Point(TODAY.minusMonths(3), 1800),
            new Point(TODAY.minusMonths(2), 1820),
            new Point(TODAY.minusMonths(1), 1850),
            new Point(TODAY, 1872));

    @Test
    void aModestGrowthIsAchievable() {
        var check = Achievability.check(Kpi.FOLLOWERS, 1872.0, TODAY, 2100, TODAY.plusMonths(6), FOLLOWERS, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.ACHIEVABLE);
        assertThat(check.required()).isCloseTo(0.0193, within(0.001)); // +1.9 % a month
        assertThat(check.trend()).isCloseTo(0.0131, within(0.001));
    }

    @Test
    void aBoldButPossibleTargetIsAStretch() {
        var check = Achievability.check(Kpi.FOLLOWERS, 1872.0, TODAY, 2600, TODAY.plusMonths(6), FOLLOWERS, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.STRETCH);
        assertThat(check.required()).isCloseTo(0.0563, within(0.001)); // +5.6 % a month against 4 % typical
    }

    @Test
    void tenfoldInThreeMonthsIsUnrealistic() {
        var check = Achievability.check(Kpi.FOLLOWERS, 1872.0, TODAY, 10000, TODAY.plusMonths(3), FOLLOWERS, TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.UNREALISTIC);
        assertThat(check.required()).isGreaterThan(0.7);
    }

    @Test
    void aFastRecentTrendMakesABiggerTargetAchievable() {
        List<Point> fast = List.of(new Point(TODAY.minusMonths(3), 1000), new Point(TODAY, 1331)); // +10 % a month
        var check = Achievability.check(Kpi.FOLLOWERS, 1331.0, TODAY, 1900, TODAY.plusMonths(4), fast, TODAY);

        assertThat(check.trend()).isCloseTo(0.10, within(0.005));
        assertThat(check.verdict()).isEqualTo(Verdict.ACHIEVABLE);
    }

    @Test
    void responseTimeIsBetterWhenLowerAndMeasuredAsAMonthlyReduction() {
        // 180 min → 60 min in 3 months: a 31 % reduction a month, against 20 % typical
        var stretch =
                Achievability.check(Kpi.MEDIAN_FIRST_RESPONSE, 180.0, TODAY, 60, TODAY.plusMonths(3), List.of(), TODAY);
        assertThat(stretch.verdict()).isEqualTo(Verdict.STRETCH);
        assertThat(stretch.required()).isCloseTo(0.306, within(0.01));

        var achievable = Achievability.check(
                Kpi.MEDIAN_FIRST_RESPONSE, 180.0, TODAY, 120, TODAY.plusMonths(3), List.of(), TODAY);
        assertThat(achievable.verdict()).isEqualTo(Verdict.ACHIEVABLE);

        var unrealistic =
                Achievability.check(Kpi.MEDIAN_FIRST_RESPONSE, 600.0, TODAY, 5, TODAY.plusMonths(2), List.of(), TODAY);
        assertThat(unrealistic.verdict()).isEqualTo(Verdict.UNREALISTIC);
    }

    @Test
    void sharesAreComparedInPointsAMonth() {
        var check =
                Achievability.check(Kpi.ANSWERED_WITHIN_SLA, 40.0, TODAY, 90, TODAY.plusMonths(2), List.of(), TODAY);

        assertThat(check.inPoints()).isTrue();
        assertThat(check.required()).isCloseTo(25.0, within(0.5)); // points a month against 5 typical
        assertThat(check.verdict()).isEqualTo(Verdict.UNREALISTIC);
    }

    @Test
    void withoutABaselineNothingCanBeSaid() {
        var check = Achievability.check(Kpi.LEADS, null, null, 30, TODAY.plusMonths(3), List.of(), TODAY);

        assertThat(check.verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void tooFewOrTooCloseMeasurementsGiveNoTrend() {
        List<Point> close = List.of(new Point(TODAY.minusDays(10), 100), new Point(TODAY, 200));
        var check = Achievability.check(Kpi.FOLLOWERS, 200.0, TODAY, 220, TODAY.plusMonths(6), close, TODAY);

        assertThat(check.trend()).isNull();
        assertThat(check.verdict()).isEqualTo(Verdict.ACHIEVABLE);
    }
}
