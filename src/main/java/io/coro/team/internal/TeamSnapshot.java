package io.coro.team.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace's team as the search needs it, immutable, with the version it was read at. */
record TeamSnapshot(long version, List<Skill> skills, Map<UUID, Skill> skillsById, List<Person> people) {

    record Skill(UUID id, String code, String nameEn, String nameIt, boolean sensitive, List<List<String>> phrases) {}

    record AreaWords(String name, List<String> words) {}

    record Person(
            UUID userId,
            String displayName,
            boolean answers,
            List<String> languages,
            int weeklyCapacity,
            int openItems,
            List<AbsenceDays> absences,
            List<AreaWords> areas,
            Map<UUID, Integer> levels) {

        boolean absentOn(LocalDate day) {
            for (AbsenceDays absence : absences) {
                if (!day.isBefore(absence.from()) && !day.isAfter(absence.to())) {
                    return true;
                }
            }
            return false;
        }

        /** Capacity 0 means the person takes no conversations or posts. */
        boolean atCapacity() {
            return weeklyCapacity == 0 || openItems >= weeklyCapacity;
        }
    }

    record AbsenceDays(LocalDate from, LocalDate to) {}

    Skill skill(UUID id) {
        return skillsById.get(id);
    }
}
