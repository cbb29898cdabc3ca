package io.coro.team.internal;

import io.coro.team.AutonomyLevel;
import io.coro.team.Candidate;
import io.coro.team.Team;
import io.coro.workspace.Workspaces;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The team module's facade for other modules. */
@Component
class TeamDirectory implements Team {

    private final AnswerFinder finder;
    private final Autonomies autonomies;
    private final TeamService service;
    private final Workspaces workspaces;
    private final Competences competenceRepository;
    private final Inventory inventory;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TeamDirectory(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            AnswerFinder finder,
            Autonomies autonomies,
            TeamService service,
            Workspaces workspaces,
            Competences competenceRepository,
            Inventory inventory) {
        this.jdbc = jdbc;
        this.finder = finder;
        this.autonomies = autonomies;
        this.service = service;
        this.workspaces = workspaces;
        this.competenceRepository = competenceRepository;
        this.inventory = inventory;
    }

    @Override
    public List<Candidate> whoCanAnswer(UUID workspaceId, String question, int limit) {
        var workspace = workspaces.find(workspaceId).orElseThrow();
        return finder.find(workspaceId, question, workspace.locale().getLanguage(), workspace.timeZone(), limit);
    }

    @Override
    public List<Candidate> suggestFor(
            UUID workspaceId, List<String> competenceCodes, java.time.LocalDate day, int limit) {
        return finder.suggest(workspaceId, competenceCodes, day, limit);
    }

    @Override
    public List<io.coro.team.CompetenceRef> competences(UUID workspaceId) {
        return competenceRepository.catalog(workspaceId).stream()
                .map(c -> new io.coro.team.CompetenceRef(c.code(), c.nameEn(), c.nameIt(), c.needed()))
                .toList();
    }

    @Override
    public KnowHow knowHow(UUID workspaceId) {
        Inventory.View view = inventory.view(workspaceId, "en", 1, Integer.MAX_VALUE);
        long withSkills = view.people().stream()
                .filter(p -> view.rows().stream().anyMatch(r -> r.levelOf(p.userId()) != null))
                .count();
        return new KnowHow(
                (int) withSkills,
                view.gaps().stream()
                        .map(r -> new io.coro.team.CompetenceRef(
                                r.competence().code(),
                                r.competence().nameEn(),
                                r.competence().nameIt(),
                                true))
                        .toList(),
                view.singlePoints().size());
    }

    @Override
    public AutonomyLevel autonomyOf(UUID workspaceId, UUID userId, String area) {
        return autonomies
                .level(workspaceId, userId, area == null ? Autonomies.GENERAL : area)
                .or(() -> autonomies.level(workspaceId, userId, Autonomies.GENERAL))
                .orElse(AutonomyLevel.SUPERVISED);
    }

    @Override
    public void reportOpenItems(UUID workspaceId, UUID userId, int openItems) {
        service.reportOpenItems(workspaceId, userId, openItems);
    }

    @Override
    public List<String> areas(UUID workspaceId) {
        return jdbc.sql("SELECT DISTINCT area FROM team_area WHERE workspace_id = ? ORDER BY area")
                .param(workspaceId)
                .query(String.class)
                .list();
    }

    @Override
    public boolean holdsArea(UUID workspaceId, UUID userId, String area) {
        return jdbc.sql(
                                "SELECT count(*) FROM team_area WHERE workspace_id = ? AND user_id = ? AND lower(area) = lower(?)")
                        .params(workspaceId, userId, area)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
