package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.CurrentMember.WorkspaceRef;
import io.coro.workspace.WorkspaceRole;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves who is signed in and in which workspace, with one query per request. The workspace is the one chosen in the
 * session if the person still belongs to it, else the one they used last, else any of theirs.
 */
@Component
public class CurrentMemberLookup {

    private final JdbcClient jdbc;

    CurrentMemberLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentMember> resolve(UUID userId, UUID sessionWorkspaceId) {
        return jdbc.sql("""
                        SELECT u.id, u.email, u.display_name, u.locale AS user_locale,
                               w.id AS workspace_id, w.name, w.locale, w.time_zone, m.role
                          FROM app_user u
                          LEFT JOIN LATERAL (
                                SELECT mm.workspace_id, mm.role FROM membership mm
                                 WHERE mm.user_id = u.id
                                 ORDER BY (mm.workspace_id = ?) DESC NULLS LAST,
                                          (mm.workspace_id = u.last_workspace_id) DESC NULLS LAST,
                                          mm.joined_at
                                 LIMIT 1) m ON TRUE
                          LEFT JOIN workspace w ON w.id = m.workspace_id
                         WHERE u.id = ?""")
                .params(sessionWorkspaceId, userId)
                .query((rs, n) -> {
                    UUID workspaceId = rs.getObject("workspace_id", UUID.class);
                    WorkspaceRef workspace = workspaceId == null
                            ? null
                            : new WorkspaceRef(
                                    workspaceId,
                                    rs.getString("name"),
                                    Locale.forLanguageTag(rs.getString("locale")),
                                    ZoneId.of(rs.getString("time_zone")));
                    String userLocale = rs.getString("user_locale");
                    return new CurrentMember(
                            rs.getObject("id", UUID.class),
                            rs.getString("email"),
                            rs.getString("display_name"),
                            userLocale == null ? null : Locale.forLanguageTag(userLocale),
                            workspace,
                            workspace == null ? null : WorkspaceRole.valueOf(rs.getString("role")));
                })
                .optional();
    }
}
