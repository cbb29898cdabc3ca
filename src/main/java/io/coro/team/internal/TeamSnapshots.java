package io.coro.team.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Keeps one {@link TeamSnapshot} per workspace and reloads it when the team's version has moved on. */
@Component
class TeamSnapshots {

    private final Map<UUID, TeamSnapshot> cache = new ConcurrentHashMap<>();
    private final TeamLog log;
    private final Profiles profiles;
    private final Competences competences;

    TeamSnapshots(TeamLog log, Profiles profiles, Competences competences) {
        this.log = log;
        this.profiles = profiles;
        this.competences = competences;
    }

    TeamSnapshot of(UUID workspaceId) {
        long version = log.version(workspaceId);
        TeamSnapshot cached = cache.get(workspaceId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        TeamSnapshot fresh = load(workspaceId, version);
        cache.put(workspaceId, fresh);
        return fresh;
    }

    private TeamSnapshot load(UUID workspaceId, long version) {
        List<TeamSnapshot.Skill> skills = new ArrayList<>();
        Map<UUID, TeamSnapshot.Skill> byId = new HashMap<>();
        for (Competence c : competences.catalog(workspaceId)) {
            TeamSnapshot.Skill skill =
                    new TeamSnapshot.Skill(c.id(), c.code(), c.nameEn(), c.nameIt(), c.sensitive(), c.keywordPhrases());
            skills.add(skill);
            byId.put(c.id(), skill);
        }
        Map<UUID, Map<UUID, Integer>> levels = new HashMap<>();
        for (Competences.Held held : competences.held(workspaceId)) {
            levels.computeIfAbsent(held.userId(), k -> new HashMap<>()).put(held.competenceId(), held.level());
        }
        Map<UUID, List<TeamSnapshot.AbsenceDays>> absences = new HashMap<>();
        for (Profiles.Absence a : profiles.absences(workspaceId)) {
            absences.computeIfAbsent(a.userId(), k -> new ArrayList<>())
                    .add(new TeamSnapshot.AbsenceDays(a.startsOn(), a.endsOn()));
        }
        Map<UUID, List<TeamSnapshot.AreaWords>> areas = new HashMap<>();
        for (Profiles.Area a : profiles.areas(workspaceId)) {
            areas.computeIfAbsent(a.userId(), k -> new ArrayList<>())
                    .add(new TeamSnapshot.AreaWords(a.area(), TextMatcher.words(a.area())));
        }
        List<TeamSnapshot.Person> people = new ArrayList<>();
        for (Profiles.Profile p : profiles.all(workspaceId)) {
            people.add(new TeamSnapshot.Person(
                    p.userId(),
                    p.displayName(),
                    !"VIEWER".equals(p.role()),
                    p.languages(),
                    p.weeklyCapacity(),
                    p.openItems(),
                    absences.getOrDefault(p.userId(), List.of()),
                    areas.getOrDefault(p.userId(), List.of()),
                    levels.getOrDefault(p.userId(), Map.of())));
        }
        return new TeamSnapshot(version, List.copyOf(skills), Map.copyOf(byId), List.copyOf(people));
    }
}
