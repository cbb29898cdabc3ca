package io.coro.team.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The competence catalog of a workspace and the levels its members hold, with their history. */
@Repository
public class Competences {

    private static final String COLUMNS = "id, code, name_en, name_it, keywords_en, keywords_it, needed, sensitive";

    private final JdbcClient jdbc;

    Competences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member's level in a competence. */
    public record Held(
            UUID userId, UUID competenceId, int level, String evidence, LocalDate assessedOn, String assessedBy) {}

    /** One change of a level, for history and growth. */
    public record LevelChange(
            UUID userId,
            UUID competenceId,
            Integer oldLevel,
            Integer newLevel,
            String evidence,
            Instant at,
            String by) {}

    public List<Competence> catalog(UUID workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM competence WHERE workspace_id = ? ORDER BY lower(name_en)")
                .param(workspaceId)
                .query(Competence.class)
                .list();
    }

    public Optional<Competence> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM competence WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .query(Competence.class)
                .optional();
    }

    public Optional<Competence> findByCode(UUID workspaceId, String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM competence WHERE workspace_id = ? AND code = ?")
                .params(workspaceId, code)
                .query(Competence.class)
                .optional();
    }

    /** Adds a competence unless one with the code exists; returns its id either way. */
    public UUID add(UUID workspaceId, Competence c) {
        UUID id = c.id() == null ? UUID.randomUUID() : c.id();
        jdbc.sql("""
                        INSERT INTO competence (id, workspace_id, code, name_en, name_it, keywords_en, keywords_it, needed, sensitive, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace_id, code) DO NOTHING""")
                .params(
                        id,
                        workspaceId,
                        c.code(),
                        c.nameEn(),
                        c.nameIt(),
                        c.keywordsEn(),
                        c.keywordsIt(),
                        c.needed(),
                        c.sensitive(),
                        Timestamp.from(Instant.now()))
                .update();
        return findByCode(workspaceId, c.code()).orElseThrow().id();
    }

    public void update(UUID workspaceId, Competence c) {
        jdbc.sql("""
                        UPDATE competence SET name_en = ?, name_it = ?, keywords_en = ?, keywords_it = ?, needed = ?, sensitive = ?
                         WHERE workspace_id = ? AND id = ?""")
                .params(
                        c.nameEn(),
                        c.nameIt(),
                        c.keywordsEn(),
                        c.keywordsIt(),
                        c.needed(),
                        c.sensitive(),
                        workspaceId,
                        c.id())
                .update();
    }

    public List<Held> held(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT mc.user_id, mc.competence_id, mc.level, mc.evidence, mc.assessed_on, a.display_name
                          FROM member_competence mc LEFT JOIN app_user a ON a.id = mc.assessed_by
                         WHERE mc.workspace_id = ?""")
                .param(workspaceId)
                .query((rs, n) -> new Held(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        rs.getString(6)))
                .list();
    }

    public List<Held> heldBy(UUID workspaceId, UUID userId) {
        return held(workspaceId).stream().filter(h -> h.userId().equals(userId)).toList();
    }

    public Optional<Integer> levelOf(UUID workspaceId, UUID userId, UUID competenceId) {
        return jdbc.sql(
                        "SELECT level FROM member_competence WHERE workspace_id = ? AND user_id = ? AND competence_id = ?")
                .params(workspaceId, userId, competenceId)
                .query(Integer.class)
                .optional();
    }

    /** Sets (or with {@code level == null} removes) a level, and keeps the change in the history. */
    public void setLevel(
            UUID workspaceId, UUID userId, UUID competenceId, Integer level, String evidence, LocalDate on, UUID by) {
        Integer old = levelOf(workspaceId, userId, competenceId).orElse(null);
        if (level == null) {
            jdbc.sql("DELETE FROM member_competence WHERE workspace_id = ? AND user_id = ? AND competence_id = ?")
                    .params(workspaceId, userId, competenceId)
                    .update();
        } else {
            jdbc.sql("""
                            INSERT INTO member_competence (workspace_id, user_id, competence_id, level, evidence, assessed_on, assessed_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (workspace_id, user_id, competence_id)
                            DO UPDATE SET level = EXCLUDED.level, evidence = EXCLUDED.evidence,
                                          assessed_on = EXCLUDED.assessed_on, assessed_by = EXCLUDED.assessed_by""")
                    .params(workspaceId, userId, competenceId, level, evidence, Date.valueOf(on), by)
                    .update();
        }
        if (!java.util.Objects.equals(old, level)) {
            recordChange(workspaceId, userId, competenceId, old, level, evidence, Instant.now(), by);
        }
    }

    /** Writes a history row directly: for imports of past assessments and the demo company. */
    public void recordChange(
            UUID workspaceId,
            UUID userId,
            UUID competenceId,
            Integer oldLevel,
            Integer newLevel,
            String evidence,
            Instant at,
            UUID by) {
        jdbc.sql("""
                        INSERT INTO competence_level_history
                            (workspace_id, user_id, competence_id, old_level, new_level, evidence, changed_at, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, userId, competenceId, oldLevel, newLevel, evidence, Timestamp.from(at), by)
                .update();
    }

    public void deleteHistory(UUID workspaceId, UUID userId, UUID competenceId) {
        jdbc.sql("DELETE FROM competence_level_history WHERE workspace_id = ? AND user_id = ? AND competence_id = ?")
                .params(workspaceId, userId, competenceId)
                .update();
    }

    public List<LevelChange> history(UUID workspaceId, UUID userId) {
        return jdbc.sql("""
                        SELECT h.user_id, h.competence_id, h.old_level, h.new_level, h.evidence, h.changed_at, a.display_name
                          FROM competence_level_history h LEFT JOIN app_user a ON a.id = h.changed_by
                         WHERE h.workspace_id = ? AND (?::uuid IS NULL OR h.user_id = ?)
                         ORDER BY h.changed_at DESC, h.id DESC LIMIT 500""")
                .params(workspaceId, userId, userId)
                .query((rs, n) -> new LevelChange(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    /** Levels gained per member since a moment: the sum of positive level changes. */
    public List<Growth> growthSince(UUID workspaceId, Instant since) {
        return jdbc.sql("""
                        SELECT h.user_id, sum(greatest(coalesce(h.new_level, 0) - coalesce(h.old_level, 0), 0)) AS gained
                          FROM competence_level_history h
                          JOIN membership m ON m.workspace_id = h.workspace_id AND m.user_id = h.user_id
                         WHERE h.workspace_id = ? AND h.changed_at >= ?
                         GROUP BY h.user_id HAVING sum(greatest(coalesce(h.new_level, 0) - coalesce(h.old_level, 0), 0)) > 0""")
                .params(workspaceId, Timestamp.from(since))
                .query((rs, n) -> new Growth(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }

    public record Growth(UUID userId, int levelsGained) {}
}
