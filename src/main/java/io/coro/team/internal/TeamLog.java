package io.coro.team.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed what in the team and when, and the team's version number (bumped with every change, in the same
 * transaction, so that the search data kept in memory knows when to reload).
 */
@Repository
public class TeamLog {

    private final JdbcClient jdbc;

    TeamLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(Instant at, String actor, String subject, String kind, String detail) {}

    public void record(UUID workspaceId, UUID actorId, UUID subjectId, String kind, String detail) {
        jdbc.sql("""
                        INSERT INTO team_change (workspace_id, actor_id, subject_id, kind, detail, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        workspaceId,
                        actorId,
                        subjectId,
                        kind,
                        detail.length() > 1000 ? detail.substring(0, 1000) : detail,
                        Timestamp.from(Instant.now()))
                .update();
        bump(workspaceId);
    }

    public void bump(UUID workspaceId) {
        jdbc.sql("""
                        INSERT INTO team_version (workspace_id, version) VALUES (?, 1)
                        ON CONFLICT (workspace_id) DO UPDATE SET version = team_version.version + 1""").param(workspaceId).update();
    }

    public void bumpWorkspacesOf(UUID userId) {
        jdbc.sql("""
                        INSERT INTO team_version (workspace_id, version)
                        SELECT workspace_id, 1 FROM membership WHERE user_id = ?
                        ON CONFLICT (workspace_id) DO UPDATE SET version = team_version.version + 1""").param(userId).update();
    }

    public long version(UUID workspaceId) {
        return jdbc.sql("SELECT version FROM team_version WHERE workspace_id = ?")
                .param(workspaceId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    public List<Entry> recent(UUID workspaceId, UUID subjectId, int limit) {
        return jdbc.sql("""
                        SELECT c.changed_at, a.display_name AS actor, s.display_name AS subject, c.kind, c.detail
                          FROM team_change c
                          LEFT JOIN app_user a ON a.id = c.actor_id
                          LEFT JOIN app_user s ON s.id = c.subject_id
                         WHERE c.workspace_id = ? AND (?::uuid IS NULL OR c.subject_id = ?)
                         ORDER BY c.changed_at DESC, c.id DESC
                         LIMIT ?""")
                .params(workspaceId, subjectId, subjectId, limit)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
