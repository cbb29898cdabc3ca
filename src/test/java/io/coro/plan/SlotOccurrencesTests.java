package io.coro.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.plan.internal.Slot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A slot's dates in the workspace's time zone, across the changes to and from summer time. */
class SlotOccurrencesTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void tuesdayAtTenStaysAtTenInRomeAcrossTheEndOfSummerTime() {
        // summer time ends on Sunday 25 October 2026
        Slot slot = slot(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), 1, LocalDate.of(2026, 10, 1));
        List<Instant> times = slot.occurrences(ROME, instant("2026-10-12T00:00"), instant("2026-11-04T00:00"));
        assertThat(times)
                .containsExactly(
                        Instant.parse("2026-10-13T08:00:00Z"),
                        Instant.parse("2026-10-20T08:00:00Z"),
                        Instant.parse("2026-10-27T09:00:00Z"),
                        Instant.parse("2026-11-03T09:00:00Z"))
                .hasSize(4)
                .allSatisfy(t -> assertThat(t.atZone(ROME).toLocalTime()).isEqualTo(LocalTime.of(10, 0)));
    }

    @Test
    void aTimeThatDoesNotExistOnTheNightSummerTimeStartsMovesForwardLikeTheClocks() {
        // 29 March 2026: 02:00 → 03:00 in Rome
        Slot slot = slot(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), 1, LocalDate.of(2026, 3, 1));
        List<Instant> times = slot.occurrences(ROME, instant("2026-03-28T00:00"), instant("2026-04-06T00:00"));
        assertThat(times).hasSize(2);
        assertThat(times.get(0).atZone(ROME).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(times.get(1).atZone(ROME).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
    }

    @Test
    void everyOtherWeekCountsFromTheWeekTheSlotStartsAndSeveralDaysAreAllowed() {
        Slot slot = slot(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0), 2, LocalDate.of(2026, 11, 4));
        List<LocalDate> days = slot.occurrences(ROME, instant("2026-11-01T00:00"), instant("2026-11-30T00:00")).stream()
                .map(t -> t.atZone(ROME).toLocalDate())
                .toList();
        // week of 2 Nov (start on Wed 4: Monday 2 is before the start), then 16 Nov
        assertThat(days)
                .containsExactly(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 19));
    }

    static Slot slot(EnumSet<DayOfWeek> days, LocalTime time, int every, LocalDate from) {
        return new Slot(UUID.randomUUID(), UUID.randomUUID(), days, time, every, from, "Instagram", null, "", true);
    }

    static Instant instant(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), ROME).toInstant();
    }
}
