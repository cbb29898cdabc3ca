package io.coro.workspace.internal;

import io.coro.workspace.WorkspaceRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Invitations {

    private static final String COLUMNS =
            "id, workspace_id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Invitation create(
            UUID workspaceId, String email, WorkspaceRole role, String tokenHash, UUID invitedBy, Instant expiresAt) {
        Instant now = Instant.now();
        Invitation invitation = new Invitation(
                UUID.randomUUID(), workspaceId, email.trim(), role, invitedBy, now, expiresAt, null, null);
        jdbc.sql("""
                        INSERT INTO invitation (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        invitation.id(),
                        workspaceId,
                        invitation.email(),
                        role.name(),
                        tokenHash,
                        invitedBy,
                        Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();
        return invitation;
    }

    public List<Invitation> ofWorkspace(UUID workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM invitation WHERE workspace_id = ? ORDER BY created_at DESC LIMIT 200")
                .param(workspaceId)
                .query(Invitations::map)
                .list();
    }

    public Optional<Invitation> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .query(Invitations::map)
                .optional();
    }

    /** The one lookup not scoped by workspace: the token itself is the key, and it names its workspace. */
    public Optional<Invitation> findByTokenHashForUpdate(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash)
                .query(Invitations::map)
                .optional();
    }

    public Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ?")
                .param(tokenHash)
                .query(Invitations::map)
                .optional();
    }

    public void markAccepted(UUID workspaceId, UUID id, UUID userId) {
        jdbc.sql("UPDATE invitation SET accepted_at = now(), accepted_by = ? WHERE workspace_id = ? AND id = ?")
                .params(userId, workspaceId, id)
                .update();
    }

    public boolean revoke(UUID workspaceId, UUID id) {
        return jdbc.sql(
                                "UPDATE invitation SET revoked_at = now() WHERE workspace_id = ? AND id = ? AND accepted_at IS NULL AND revoked_at IS NULL")
                        .params(workspaceId, id)
                        .update()
                > 0;
    }

    public int deleteFinishedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM invitation WHERE accepted_at IS NULL AND expires_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("email"),
                WorkspaceRole.valueOf(rs.getString("role")),
                rs.getObject("invited_by", UUID.class),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "accepted_at"),
                instant(rs, "revoked_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
