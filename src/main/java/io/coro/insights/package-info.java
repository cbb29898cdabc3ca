/**
 * Metric time series, KPI progress and forecasts, team and collaboration health, reports and digests.
 */
@ApplicationModule(displayName = "Insights")
package io.coro.insights;

import org.springframework.modulith.ApplicationModule;
