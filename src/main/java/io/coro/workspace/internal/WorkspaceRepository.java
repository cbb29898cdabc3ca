package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember.WorkspaceRef;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces.Member;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Workspaces and their memberships. Every query about members names its workspace. */
@Repository
public class WorkspaceRepository {

    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workspace)")
                .query(Boolean.class)
                .single();
    }

    public Optional<UUID> findDemo() {
        return jdbc.sql("SELECT id FROM workspace WHERE demo ORDER BY created_at LIMIT 1")
                .query(UUID.class)
                .optional();
    }

    public UUID create(String name, String locale, ZoneId timeZone, boolean demo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO workspace (id, name, locale, time_zone, demo, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, name.trim(), locale, timeZone.getId(), demo, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public void update(UUID id, String name, String locale, ZoneId timeZone) {
        jdbc.sql("UPDATE workspace SET name = ?, locale = ?, time_zone = ? WHERE id = ?")
                .params(name.trim(), locale, timeZone.getId(), id)
                .update();
    }

    public Optional<WorkspaceRef> find(UUID id) {
        return jdbc.sql("SELECT id, name, locale, time_zone FROM workspace WHERE id = ?")
                .param(id)
                .query((rs, n) -> new WorkspaceRef(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Locale.forLanguageTag(rs.getString("locale")),
                        ZoneId.of(rs.getString("time_zone"))))
                .optional();
    }

    public void addMember(UUID workspaceId, UUID userId, WorkspaceRole role) {
        jdbc.sql("INSERT INTO membership (workspace_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)")
                .params(workspaceId, userId, role.name(), Timestamp.from(Instant.now()))
                .update();
    }

    public Optional<WorkspaceRole> roleOf(UUID workspaceId, UUID userId) {
        return jdbc.sql("SELECT role FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId)
                .query((rs, n) -> WorkspaceRole.valueOf(rs.getString(1)))
                .optional();
    }

    public void changeRole(UUID workspaceId, UUID userId, WorkspaceRole role) {
        jdbc.sql("UPDATE membership SET role = ? WHERE workspace_id = ? AND user_id = ?")
                .params(role.name(), workspaceId, userId)
                .update();
    }

    public void removeMember(UUID workspaceId, UUID userId) {
        jdbc.sql("DELETE FROM membership WHERE workspace_id = ? AND user_id = ?")
                .params(workspaceId, userId)
                .update();
    }

    /** Locks the workspace's owner rows so that two concurrent changes cannot remove the last owner. */
    public int countOwnersForUpdate(UUID workspaceId) {
        return jdbc.sql("SELECT user_id FROM membership WHERE workspace_id = ? AND role = 'OWNER' FOR UPDATE")
                .param(workspaceId)
                .query(UUID.class)
                .list()
                .size();
    }

    public List<Member> members(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name, u.email, m.role
                          FROM membership m JOIN app_user u ON u.id = m.user_id
                         WHERE m.workspace_id = ?
                         ORDER BY lower(u.display_name), u.email""")
                .param(workspaceId)
                .query((rs, n) -> new Member(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        WorkspaceRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** The workspaces a person belongs to, for the switcher. */
    public List<WorkspaceRef> workspacesOf(UUID userId) {
        return jdbc.sql("""
                        SELECT w.id, w.name, w.locale, w.time_zone
                          FROM membership m JOIN workspace w ON w.id = m.workspace_id
                         WHERE m.user_id = ?
                         ORDER BY lower(w.name), w.created_at""")
                .param(userId)
                .query((rs, n) -> new WorkspaceRef(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        Locale.forLanguageTag(rs.getString("locale")),
                        ZoneId.of(rs.getString("time_zone"))))
                .list();
    }
}
