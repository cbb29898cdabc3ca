package io.coro.team.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Skills and levels members propose for themselves, waiting for a coordinator. */
@Repository
public class Proposals {

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Proposal(
            UUID id,
            UUID userId,
            String displayName,
            UUID competenceId,
            String newSkill,
            int level,
            String evidence,
            String status,
            Instant createdAt) {}

    public UUID create(UUID workspaceId, UUID userId, UUID competenceId, String newSkill, int level, String evidence) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO competence_proposal (id, workspace_id, user_id, competence_id, new_skill, level, evidence, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workspaceId, userId, competenceId, newSkill, level, evidence, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public List<Proposal> pending(UUID workspaceId) {
        return query(workspaceId, "p.status = 'PENDING'", null);
    }

    public List<Proposal> of(UUID workspaceId, UUID userId) {
        return query(workspaceId, "p.user_id = ?", userId);
    }

    public Optional<Proposal> findPendingForUpdate(UUID workspaceId, UUID id) {
        return jdbc.sql("""
                        SELECT p.id, p.user_id, u.display_name, p.competence_id, p.new_skill, p.level, p.evidence, p.status, p.created_at
                          FROM competence_proposal p JOIN app_user u ON u.id = p.user_id
                         WHERE p.workspace_id = ? AND p.id = ? AND p.status = 'PENDING' FOR UPDATE OF p""").params(workspaceId, id).query((rs, n) -> map(rs)).optional();
    }

    public void decide(UUID workspaceId, UUID id, boolean confirmed, UUID by) {
        jdbc.sql(
                        "UPDATE competence_proposal SET status = ?, decided_at = now(), decided_by = ? WHERE workspace_id = ? AND id = ?")
                .params(confirmed ? "CONFIRMED" : "DECLINED", by, workspaceId, id)
                .update();
    }

    private List<Proposal> query(UUID workspaceId, String condition, UUID userId) {
        String sql = """
                SELECT p.id, p.user_id, u.display_name, p.competence_id, p.new_skill, p.level, p.evidence, p.status, p.created_at
                  FROM competence_proposal p JOIN app_user u ON u.id = p.user_id
                 WHERE p.workspace_id = ? AND %s
                 ORDER BY p.created_at DESC LIMIT 200""".formatted(condition);
        var statement = jdbc.sql(sql).param(workspaceId);
        if (userId != null) {
            statement = statement.param(userId);
        }
        return statement.query((rs, n) -> map(rs)).list();
    }

    private static Proposal map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Proposal(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant());
    }
}
