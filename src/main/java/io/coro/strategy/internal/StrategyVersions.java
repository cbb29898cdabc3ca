package io.coro.strategy.internal;

import io.coro.strategy.StrategyDocument;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The strategy's versions, each a JSON document; the newest is in force. */
@Repository
public class StrategyVersions {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StrategyVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    public record Version(int version, Instant createdAt, String createdBy, String note) {}

    public Optional<StrategyDocument> latest(UUID workspaceId) {
        return jdbc.sql(
                        "SELECT document::text FROM strategy_version WHERE workspace_id = ? ORDER BY version DESC LIMIT 1")
                .param(workspaceId)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    public Optional<StrategyDocument> asOf(UUID workspaceId, Instant moment) {
        return jdbc.sql("""
                        SELECT document::text FROM strategy_version WHERE workspace_id = ? AND created_at <= ?
                         ORDER BY version DESC LIMIT 1""")
                .params(workspaceId, Timestamp.from(moment))
                .query(String.class)
                .optional()
                .map(this::read);
    }

    public Optional<StrategyDocument> version(UUID workspaceId, int version) {
        return jdbc.sql("SELECT document::text FROM strategy_version WHERE workspace_id = ? AND version = ?")
                .params(workspaceId, version)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    public int save(UUID workspaceId, StrategyDocument document, String note, UUID by) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('strategy:' || ?))")
                .param(workspaceId.toString())
                .query(Object.class)
                .single();
        int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM strategy_version WHERE workspace_id = ?")
                .param(workspaceId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO strategy_version (workspace_id, version, document, note, created_at, created_by)
                        VALUES (?, ?, ?::jsonb, ?, ?, ?)""")
                .params(workspaceId, next, json.writeValueAsString(document), note, Timestamp.from(Instant.now()), by)
                .update();
        return next;
    }

    public List<Version> versions(UUID workspaceId) {
        return jdbc.sql("""
                        SELECT v.version, v.created_at, u.display_name, v.note
                          FROM strategy_version v LEFT JOIN app_user u ON u.id = v.created_by
                         WHERE v.workspace_id = ? ORDER BY v.version DESC LIMIT 200""")
                .param(workspaceId)
                .query((rs, n) ->
                        new Version(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
                .list();
    }

    private StrategyDocument read(String text) {
        return json.readValue(text, StrategyDocument.class);
    }
}
