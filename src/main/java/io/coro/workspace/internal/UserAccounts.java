package io.coro.workspace.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users are global (one account, several workspaces); everything else in Coro is keyed by workspace. */
@Repository
public class UserAccounts {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, locale, last_workspace_id, created_at, password_changed_at";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(email) = lower(?)")
                .param(email.trim())
                .query(UserAccount.class)
                .optional();
    }

    public Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(id)
                .query(UserAccount.class)
                .optional();
    }

    public UserAccount create(String email, String displayName, String passwordHash, String locale) {
        Instant now = Instant.now();
        UserAccount user = new UserAccount(
                UUID.randomUUID(), email.trim(), displayName.trim(), passwordHash, locale, null, now, now);
        jdbc.sql("INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.id(),
                        user.email(),
                        user.displayName(),
                        user.passwordHash(),
                        user.locale(),
                        null,
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now))
                .update();
        return user;
    }

    public void updateProfile(UUID id, String displayName, String locale) {
        jdbc.sql("UPDATE app_user SET display_name = ?, locale = ? WHERE id = ?")
                .params(displayName.trim(), locale, id)
                .update();
    }

    public void updateLocale(UUID id, String locale) {
        jdbc.sql("UPDATE app_user SET locale = ? WHERE id = ?")
                .params(locale, id)
                .update();
    }

    public void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, password_changed_at = now() WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    public void rememberWorkspace(UUID id, UUID workspaceId) {
        jdbc.sql("UPDATE app_user SET last_workspace_id = ? WHERE id = ?")
                .params(workspaceId, id)
                .update();
    }
}
