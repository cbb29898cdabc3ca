package io.coro.team.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The know-how inventory: the skills × people matrix, the gaps (a needed skill nobody holds at level 3 or more), the
 * single points of failure (a skill only one person holds at 3 or more) and who grew in the last 90 days.
 */
@Component
public class Inventory {

    public static final int SOLID = 3;

    private final Competences competences;
    private final Profiles profiles;

    Inventory(Competences competences, Profiles profiles) {
        this.competences = competences;
        this.profiles = profiles;
    }

    public record SkillRow(Competence competence, Map<UUID, Integer> levels, List<String> solidHolders, boolean gap) {

        public boolean singlePointOfFailure() {
            return solidHolders.size() == 1;
        }

        public Integer levelOf(UUID userId) {
            return levels.get(userId);
        }
    }

    public record Grower(UUID userId, String displayName, int levelsGained) {}

    public record View(
            List<Profiles.Profile> people,
            int page,
            int pages,
            int totalPeople,
            List<SkillRow> rows,
            List<SkillRow> gaps,
            List<SkillRow> singlePoints,
            List<Grower> growth) {}

    /**
     * The matrix shows a page of people (all of them in a small company); gaps, single points of failure and growth
     * are computed over everyone.
     */
    public View view(UUID workspaceId, String language, int page, int pageSize) {
        List<Profiles.Profile> everyone = profiles.all(workspaceId).stream()
                .filter(p -> !"VIEWER".equals(p.role()))
                .toList();
        Map<UUID, String> names = new HashMap<>();
        everyone.forEach(p -> names.put(p.userId(), p.displayName()));
        Map<UUID, Map<UUID, Integer>> bySkill = new HashMap<>();
        for (Competences.Held held : competences.held(workspaceId)) {
            if (names.containsKey(held.userId())) {
                bySkill.computeIfAbsent(held.competenceId(), k -> new HashMap<>())
                        .put(held.userId(), held.level());
            }
        }
        List<SkillRow> rows = new ArrayList<>();
        for (Competence competence : competences.catalog(workspaceId)) {
            Map<UUID, Integer> levels = bySkill.getOrDefault(competence.id(), Map.of());
            List<String> solid = levels.entrySet().stream()
                    .filter(e -> e.getValue() >= SOLID)
                    .map(e -> names.get(e.getKey()))
                    .sorted(String.CASE_INSENSITIVE_ORDER)
                    .toList();
            rows.add(new SkillRow(competence, levels, solid, competence.needed() && solid.isEmpty()));
        }
        rows.sort(Comparator.comparing((SkillRow r) -> r.competence().name(language), String.CASE_INSENSITIVE_ORDER));

        List<Grower> growth = competences.growthSince(workspaceId, Instant.now().minus(Duration.ofDays(90))).stream()
                .filter(g -> names.containsKey(g.userId()))
                .map(g -> new Grower(g.userId(), names.get(g.userId()), g.levelsGained()))
                .sorted(Comparator.comparingInt(Grower::levelsGained).reversed().thenComparing(Grower::displayName))
                .toList();

        int pages = Math.max(1, (everyone.size() + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(page, 1), pages);
        List<Profiles.Profile> shown =
                everyone.subList((current - 1) * pageSize, Math.min(everyone.size(), current * pageSize));
        return new View(
                shown,
                current,
                pages,
                everyone.size(),
                rows,
                rows.stream().filter(SkillRow::gap).toList(),
                rows.stream().filter(SkillRow::singlePointOfFailure).toList(),
                growth);
    }
}
