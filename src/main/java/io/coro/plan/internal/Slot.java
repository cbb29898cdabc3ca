package io.coro.plan.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A recurring slot of the plan: on these weekdays at this time of day in the workspace's time zone, every N weeks from
 * the week of {@code startsOn}, a post on this channel for this pillar.
 */
public record Slot(
        UUID id,
        UUID workspaceId,
        Set<DayOfWeek> weekdays,
        LocalTime time,
        int everyWeeks,
        LocalDate startsOn,
        String channel,
        UUID pillarId,
        String note,
        boolean active) {

    /**
     * The moments of the slot from {@code from} (included) to {@code to} (excluded). Computed on local dates and then placed in the zone, so 10:00 stays
     * 10:00 on both sides of a change to or from summer time (a time that does not exist that night moves forward by
     * the gap, as the clocks do).
     */
    public List<Instant> occurrences(ZoneId zone, Instant from, Instant to) {
        List<Instant> out = new ArrayList<>();
        LocalDate firstWeek = startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.isBefore(startsOn) || !weekdays.contains(day.getDayOfWeek())) {
                continue;
            }
            long week =
                    ChronoUnit.WEEKS.between(firstWeek, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (week % everyWeeks != 0) {
                continue;
            }
            Instant at = day.atTime(time).atZone(zone).toInstant();
            if (!at.isBefore(from) && at.isBefore(to)) {
                out.add(at);
            }
        }
        return out;
    }
}
