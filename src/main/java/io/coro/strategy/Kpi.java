package io.coro.strategy;

/**
 * The catalog of key performance indicators an objective can be measured by. Each says whether higher is better,
 * whether it is a share in percent (bounded by 100, compared in points), and how fast it typically moves for a
 * small business in a month — the yardstick of the achievability check.
 */
public enum Kpi {
    FOLLOWERS(true, false, 0.04),
    ENGAGEMENT_RATE(true, false, 0.05),
    REACH(true, false, 0.08),
    POSTS_PER_WEEK(true, false, 0.50),
    MEDIAN_FIRST_RESPONSE(false, false, 0.20),
    ANSWERED_WITHIN_SLA(true, true, 5.0),
    LEADS(true, false, 0.10),
    CONTACTS_REENGAGED(true, false, 0.10),
    MANUAL(true, false, 0.10);

    private final boolean higherIsBetter;
    private final boolean share;
    private final double typicalMonthlyChange;

    Kpi(boolean higherIsBetter, boolean share, double typicalMonthlyChange) {
        this.higherIsBetter = higherIsBetter;
        this.share = share;
        this.typicalMonthlyChange = typicalMonthlyChange;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** A percentage of something (0–100): changes are compared in points, not as growth rates. */
    public boolean share() {
        return share;
    }

    /**
     * The upper end of what a small business typically achieves in a month: a rate (0.04 = 4 % a month) for most
     * KPIs, points for shares.
     */
    public double typicalMonthlyChange() {
        return typicalMonthlyChange;
    }

    /** The audit metric that gives this KPI its baseline, if any. */
    public AuditMetric auditMetric() {
        return switch (this) {
            case FOLLOWERS -> AuditMetric.FOLLOWERS;
            case ENGAGEMENT_RATE -> AuditMetric.ENGAGEMENT_RATE;
            case POSTS_PER_WEEK -> AuditMetric.POSTS_PER_WEEK;
            case MEDIAN_FIRST_RESPONSE -> AuditMetric.MEDIAN_FIRST_RESPONSE;
            case ANSWERED_WITHIN_SLA -> AuditMetric.ANSWERED_SHARE;
            default -> null;
        };
    }

    /** What a baseline audit records per channel. */
    public enum AuditMetric {
        FOLLOWERS(false),
        POSTS_PER_WEEK(false),
        ENGAGEMENT_RATE(true),
        ANSWERED_SHARE(true),
        MEDIAN_FIRST_RESPONSE(false);

        private final boolean percent;

        AuditMetric(boolean percent) {
            this.percent = percent;
        }

        public boolean percent() {
            return percent;
        }
    }
}
