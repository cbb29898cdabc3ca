package io.coro.team.internal;

import io.coro.team.AutonomyLevel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Autonomy levels per member and area ('' is the general level), and who changed them, when and why. */
@Repository
public class Autonomies {

    public static final String GENERAL = "";

    private final JdbcClient jdbc;

    Autonomies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Setting(UUID userId, String area, AutonomyLevel level) {}

    public record Change(
            UUID userId, String area, AutonomyLevel from, AutonomyLevel to, String reason, Instant at, String by) {}

    public List<Setting> all(UUID workspaceId) {
        return jdbc.sql("SELECT user_id, area, level FROM autonomy WHERE workspace_id = ? ORDER BY area")
                .param(workspaceId)
                .query((rs, n) -> new Setting(
                        rs.getObject(1, UUID.class), rs.getString(2), AutonomyLevel.valueOf(rs.getString(3))))
                .list();
    }

    public Optional<AutonomyLevel> level(UUID workspaceId, UUID userId, String area) {
        return jdbc.sql("SELECT level FROM autonomy WHERE workspace_id = ? AND user_id = ? AND area = ?")
                .params(workspaceId, userId, area)
                .query((rs, n) -> AutonomyLevel.valueOf(rs.getString(1)))
                .optional();
    }

    /** Sets a level ({@code null} removes an area's own level) and keeps who, when and why. */
    public void set(UUID workspaceId, UUID userId, String area, AutonomyLevel level, String reason, UUID by) {
        AutonomyLevel old = level(workspaceId, userId, area).orElse(null);
        if (level == null) {
            jdbc.sql("DELETE FROM autonomy WHERE workspace_id = ? AND user_id = ? AND area = ?")
                    .params(workspaceId, userId, area)
                    .update();
        } else {
            jdbc.sql("""
                            INSERT INTO autonomy (workspace_id, user_id, area, level) VALUES (?, ?, ?, ?)
                            ON CONFLICT (workspace_id, user_id, area) DO UPDATE SET level = EXCLUDED.level""").params(workspaceId, userId, area, level.name()).update();
        }
        jdbc.sql("""
                        INSERT INTO autonomy_history (workspace_id, user_id, area, old_level, new_level, reason, changed_at, changed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        workspaceId,
                        userId,
                        area,
                        old == null ? null : old.name(),
                        level == null ? "REMOVED" : level.name(),
                        reason.trim(),
                        Timestamp.from(Instant.now()),
                        by)
                .update();
    }

    public List<Change> history(UUID workspaceId, UUID userId) {
        return jdbc.sql("""
                        SELECT h.user_id, h.area, h.old_level, h.new_level, h.reason, h.changed_at, u.display_name
                          FROM autonomy_history h LEFT JOIN app_user u ON u.id = h.changed_by
                         WHERE h.workspace_id = ? AND h.user_id = ?
                         ORDER BY h.changed_at DESC, h.id DESC LIMIT 100""")
                .params(workspaceId, userId)
                .query((rs, n) -> new Change(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3) == null ? null : AutonomyLevel.valueOf(rs.getString(3)),
                        "REMOVED".equals(rs.getString(4)) ? null : AutonomyLevel.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }
}
