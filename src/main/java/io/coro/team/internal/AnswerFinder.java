package io.coro.team.internal;

import io.coro.team.Candidate;
import io.coro.team.Candidate.MatchedSkill;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * "Who can answer this?": ranks a workspace's members for a question by matching competence (relevance × level),
 * areas of responsibility, the question's language and free capacity. Absent members and members at capacity are
 * left out.
 *
 * <p>The team's data is kept in memory per workspace and reloaded when the team's version (bumped in the same
 * transaction as every change) moves on, so a search costs one indexed query plus arithmetic.
 */
@Component
public class AnswerFinder {

    private final TeamSnapshots snapshots;

    AnswerFinder(TeamSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public List<Candidate> find(UUID workspaceId, String question, String fallbackLanguage, ZoneId zone, int limit) {
        TeamSnapshot team = snapshots.of(workspaceId);
        List<String> words = TextMatcher.words(question);
        if (words.isEmpty()) {
            return List.of();
        }
        String language = TextMatcher.languageOf(question, fallbackLanguage);
        LocalDate today = LocalDate.now(zone);

        // relevance of each competence to the question
        Map<UUID, Double> relevance = new ConcurrentHashMap<>();
        double best = 0;
        for (TeamSnapshot.Skill skill : team.skills()) {
            int score = 0;
            for (List<String> phrase : skill.phrases()) {
                score += TextMatcher.match(phrase, words);
            }
            if (score > 0) {
                // a sensitive topic (a complaint) outweighs the product it is about: its handlers answer first
                double weighted = skill.sensitive() ? 2.0 * score : score;
                relevance.put(skill.id(), weighted);
                best = Math.max(best, weighted);
            }
        }
        for (Map.Entry<UUID, Double> e : relevance.entrySet()) {
            e.setValue(e.getValue() / best);
        }

        List<Candidate> candidates = new ArrayList<>();
        for (TeamSnapshot.Person person : team.people()) {
            if (!person.answers() || person.absentOn(today) || person.atCapacity()) {
                continue;
            }
            List<Scored> matched = new ArrayList<>();
            for (Map.Entry<UUID, Integer> held : person.levels().entrySet()) {
                Double r = relevance.get(held.getKey());
                if (r != null) {
                    matched.add(new Scored(team.skill(held.getKey()), held.getValue(), r * held.getValue() / 5.0));
                }
            }
            List<String> areas = new ArrayList<>();
            for (TeamSnapshot.AreaWords area : person.areas()) {
                if (TextMatcher.match(area.words(), words) > 0) {
                    areas.add(area.name());
                }
            }
            if (matched.isEmpty() && areas.isEmpty()) {
                continue;
            }
            matched.sort(Comparator.comparingDouble(Scored::contribution).reversed());
            double competence = 0;
            for (int i = 0; i < matched.size(); i++) {
                competence += (i == 0 ? 1.0 : 0.25) * matched.get(i).contribution();
            }
            double areaBonus = Math.min(1.0, 0.5 * areas.size());
            boolean speaks = person.languages().contains(language);
            double free = person.weeklyCapacity() == 0
                    ? 0
                    : 1.0 - Math.min(1.0, (double) person.openItems() / person.weeklyCapacity());
            double score = (competence + areaBonus) * (speaks ? 1.0 : 0.5) * (0.8 + 0.2 * free);
            candidates.add(new Candidate(
                    person.userId(),
                    person.displayName(),
                    score,
                    matched.stream()
                            .limit(3)
                            .map(s -> new MatchedSkill(
                                    s.skill().code(),
                                    s.skill().nameEn(),
                                    s.skill().nameIt(),
                                    s.level()))
                            .toList(),
                    language,
                    speaks,
                    person.openItems(),
                    person.weeklyCapacity(),
                    areas));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    /** People for work that needs these competences: by level (best, plus a quarter of the others) and free capacity. */
    public List<Candidate> suggest(UUID workspaceId, List<String> codes, LocalDate day, int limit) {
        TeamSnapshot team = snapshots.of(workspaceId);
        List<Candidate> candidates = new ArrayList<>();
        for (TeamSnapshot.Person person : team.people()) {
            if (!person.answers() || person.absentOn(day) || person.atCapacity()) {
                continue;
            }
            List<Scored> matched = new ArrayList<>();
            for (Map.Entry<UUID, Integer> held : person.levels().entrySet()) {
                TeamSnapshot.Skill skill = team.skill(held.getKey());
                if (skill != null && codes.contains(skill.code())) {
                    matched.add(new Scored(skill, held.getValue(), held.getValue() / 5.0));
                }
            }
            if (matched.isEmpty()) {
                continue;
            }
            matched.sort(Comparator.comparingDouble(Scored::contribution).reversed());
            double competence = 0;
            for (int i = 0; i < matched.size(); i++) {
                competence += (i == 0 ? 1.0 : 0.25) * matched.get(i).contribution();
            }
            double free = 1.0 - Math.min(1.0, (double) person.openItems() / person.weeklyCapacity());
            candidates.add(new Candidate(
                    person.userId(),
                    person.displayName(),
                    competence * (0.8 + 0.2 * free),
                    matched.stream()
                            .limit(3)
                            .map(s -> new MatchedSkill(
                                    s.skill().code(),
                                    s.skill().nameEn(),
                                    s.skill().nameIt(),
                                    s.level()))
                            .toList(),
                    "",
                    true,
                    person.openItems(),
                    person.weeklyCapacity(),
                    List.of()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    private record Scored(TeamSnapshot.Skill skill, int level, double contribution) {}
}
