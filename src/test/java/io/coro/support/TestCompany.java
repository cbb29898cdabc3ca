package io.coro.support;

import io.coro.workspace.WorkspaceRole;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds workspaces and people straight in the database, for tests that start from an existing company. Every
 * person's password is {@link #PASSWORD}.
 */
@Component
public class TestCompany {

    public static final String PASSWORD = "a long test password";

    private final JdbcClient jdbc;
    private final String passwordHash;

    TestCompany(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    public UUID workspace(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO workspace (id, name, locale, time_zone, created_at) VALUES (?, ?, 'en', 'Europe/Rome', now())")
                .params(id, name)
                .update();
        return id;
    }

    /** A new person with a unique e-mail, member of the workspace with the role. Returns the e-mail. */
    public String person(UUID workspaceId, WorkspaceRole role) {
        String email =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        UUID userId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO app_user (id, email, display_name, password_hash, created_at, password_changed_at)
                        VALUES (?, ?, ?, ?, now(), now())""").params(userId, email, "Test " + role.name(), passwordHash).update();
        join(workspaceId, email, role);
        return email;
    }

    public void rename(String email, String displayName) {
        jdbc.sql("UPDATE app_user SET display_name = ? WHERE email = ?")
                .params(displayName, email)
                .update();
    }

    public void join(UUID workspaceId, String email, WorkspaceRole role) {
        jdbc.sql("""
                        INSERT INTO membership (workspace_id, user_id, role, joined_at)
                        SELECT ?, id, ?, now() FROM app_user WHERE email = ?""").params(workspaceId, role.name(), email).update();
    }

    public UUID userId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }

    public WorkspaceRole roleOf(UUID workspaceId, String email) {
        return jdbc.sql(
                        "SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.workspace_id = ? AND u.email = ?")
                .params(workspaceId, email)
                .query((rs, n) -> WorkspaceRole.valueOf(rs.getString(1)))
                .optional()
                .orElse(null);
    }

    public UUID invitation(UUID workspaceId, String email, String invitedByEmail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO invitation (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
                        VALUES (?, ?, ?, 'MEMBER', ?, ?, now(), ?)""")
                .params(
                        id,
                        workspaceId,
                        email,
                        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
                        userId(invitedByEmail),
                        java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
                .update();
        return id;
    }

    /**
     * Empties every table Coro's users fill, so that a test can start from a fresh installation. Waits first for the
     * event listeners still at work (they run after commit, in their own transactions) and retries if one still holds
     * a lock the TRUNCATE needs.
     */
    public void wipe() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_publication WHERE completion_date IS NULL)")
                    .query(Boolean.class)
                    .single();
            if (!busy) {
                try {
                    jdbc.sql(
                                    "TRUNCATE invitation, membership, workspace, login_failure, persistent_logins, spring_session, app_user CASCADE")
                            .update();
                    return;
                } catch (org.springframework.dao.DataAccessException lockedOrDeadlocked) {
                    // a listener got in between: try again
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Could not empty the database within 20 s: something keeps it busy");
    }
}
