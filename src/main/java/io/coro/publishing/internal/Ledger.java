package io.coro.publishing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publish ledger: one row per (content item, channel) and every attempt on it. Each write commits at once, so
 * that what was about to be sent is on disk before the request leaves: after a crash, a row still SENDING means "the
 * outcome is unknown: reconcile with the network first".
 */
@Repository
class Ledger {

    enum State {
        PENDING,
        SENDING,
        WAITING,
        HELD,
        PUBLISHED,
        FAILED,
        CANCELLED;

        boolean open() {
            return this == PENDING || this == SENDING || this == WAITING || this == HELD;
        }
    }

    record Row(
            UUID id,
            UUID workspaceId,
            UUID itemId,
            UUID channelId,
            String idempotencyKey,
            State state,
            Instant plannedAt,
            Instant createdAt,
            int attempts,
            Instant nextAttemptAt,
            String url,
            String networkId,
            String errorKind,
            String errorDetail,
            Instant publishedAt) {}

    private static final String COLUMNS = """
            id, workspace_id, item_id, channel_id, idempotency_key, state, planned_at, created_at, attempts,
            next_attempt_at, url, network_id, error_kind, error_detail, published_at""";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Ledger(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * The row for this item on this channel, created PENDING the first time. The first time (the usual case) one
     * statement does it: the insert returns the new row; only a row that was there already is read again.
     */
    Row ensure(UUID workspaceId, UUID itemId, UUID channelId, Instant plannedAt, Instant now) {
        UUID id = UUID.randomUUID();
        Optional<Row> created = jdbc.sql("""
                        INSERT INTO publication (id, workspace_id, item_id, channel_id, idempotency_key, state,
                                                 planned_at, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
                        ON CONFLICT (item_id, channel_id) DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .params(
                        id,
                        workspaceId,
                        itemId,
                        channelId,
                        "coro-" + id,
                        Timestamp.from(plannedAt),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(MAPPER)
                .optional();
        return created.orElseGet(
                () -> jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE item_id = ? AND channel_id = ?")
                        .params(itemId, channelId)
                        .query(MAPPER)
                        .single());
    }

    List<Row> forItem(UUID itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE item_id = ? ORDER BY created_at")
                .param(itemId)
                .query(MAPPER)
                .list();
    }

    List<Row> forChannel(UUID workspaceId, UUID channelId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM publication WHERE workspace_id = ? AND channel_id = ?
                        ORDER BY planned_at DESC, created_at DESC LIMIT ?""")
                .params(workspaceId, channelId, limit)
                .query(MAPPER)
                .list();
    }

    /** Items with posts held for this channel (or for any channel of the workspace when channelId is null). */
    List<UUID> heldItems(UUID workspaceId, UUID channelId) {
        return jdbc.sql("""
                        SELECT DISTINCT item_id FROM publication
                         WHERE workspace_id = ? AND state = 'HELD' AND (CAST(? AS uuid) IS NULL OR channel_id = ?)""")
                .params(workspaceId, channelId, channelId)
                .query(UUID.class)
                .list();
    }

    /** Marks the row SENDING and records the attempt, in one commit, before the request leaves. */
    long startAttempt(Row row, String action, String node, Instant now) {
        return tx.execute(status -> {
            if ("SEND".equals(action)) {
                jdbc.sql("""
                                UPDATE publication SET state = 'SENDING', attempts = attempts + 1, next_attempt_at = NULL,
                                       updated_at = ? WHERE id = ?""").params(Timestamp.from(now), row.id()).update();
            }
            return jdbc.sql("""
                            INSERT INTO publication_attempt (publication_id, started_at, node, action)
                            VALUES (?, ?, ?, ?) RETURNING id""")
                    .params(row.id(), Timestamp.from(now), node, action)
                    .query(Long.class)
                    .single();
        });
    }

    void finishAttempt(long attemptId, String outcome, String errorKind, String response, Instant now) {
        jdbc.sql("""
                        UPDATE publication_attempt SET finished_at = ?, outcome = ?, error_kind = ?, response = ?
                         WHERE id = ?""")
                .params(Timestamp.from(now), outcome, errorKind, shorten(response, 2000), attemptId)
                .update();
    }

    void published(UUID id, String url, String networkId, Instant now) {
        jdbc.sql("""
                        UPDATE publication SET state = 'PUBLISHED', url = ?, network_id = ?, published_at = ?,
                               error_kind = NULL, error_detail = NULL, next_attempt_at = NULL, updated_at = ?
                         WHERE id = ?""")
                .params(shorten(url, 1000), shorten(networkId, 500), Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    /** Sets an open row's state with the reason and when to look again. */
    void state(UUID id, State state, String errorKind, String detail, Instant nextAttemptAt, Instant now) {
        jdbc.sql("""
                        UPDATE publication SET state = ?, error_kind = ?, error_detail = ?, next_attempt_at = ?,
                               updated_at = ?
                         WHERE id = ? AND state NOT IN ('PUBLISHED', 'CANCELLED')""")
                .params(
                        state.name(),
                        errorKind,
                        shorten(detail, 2000),
                        nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                        Timestamp.from(now),
                        id)
                .update();
    }

    /** The item was taken back (reopened, cancelled): what has not gone out will not. */
    void cancelOpen(UUID itemId, Instant now) {
        jdbc.sql("""
                        UPDATE publication SET state = 'CANCELLED', next_attempt_at = NULL, updated_at = ?
                         WHERE item_id = ? AND state IN ('PENDING', 'WAITING', 'HELD')""").params(Timestamp.from(now), itemId).update();
    }

    /** The item was scheduled again (after a failure or a change): failed and cancelled rows get a new start. */
    void reopen(UUID itemId, Instant plannedAt, Instant now) {
        jdbc.sql("""
                        UPDATE publication SET state = 'PENDING', attempts = 0, error_kind = NULL, error_detail = NULL,
                               next_attempt_at = NULL, planned_at = ?, updated_at = ?
                         WHERE item_id = ? AND state IN ('FAILED', 'CANCELLED')""")
                .params(Timestamp.from(plannedAt), Timestamp.from(now), itemId)
                .update();
        jdbc.sql("UPDATE publication SET planned_at = ? WHERE item_id = ? AND state <> 'PUBLISHED'")
                .params(Timestamp.from(plannedAt), itemId)
                .update();
    }

    record Attempt(
            UUID publicationId,
            Instant startedAt,
            Instant finishedAt,
            String node,
            String action,
            String outcome,
            String errorKind,
            String response) {}

    List<Attempt> attempts(List<UUID> publicationIds) {
        if (publicationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT publication_id, started_at, finished_at, node, action, outcome, error_kind, response
                          FROM publication_attempt WHERE publication_id = ANY (?) ORDER BY id""")
                .param(publicationIds.toArray(UUID[]::new))
                .query((rs, n) -> new Attempt(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(3))
                                .map(Timestamp::toInstant)
                                .orElse(null),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    // ---- rate limits: a channel that asked to wait

    Optional<Instant> blockedUntil(UUID channelId, Instant now) {
        return jdbc.sql("SELECT blocked_until FROM publishing_channel_block WHERE channel_id = ? AND blocked_until > ?")
                .params(channelId, Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    void block(UUID channelId, Instant until, String reason) {
        jdbc.sql("""
                        INSERT INTO publishing_channel_block (channel_id, blocked_until, reason) VALUES (?, ?, ?)
                        ON CONFLICT (channel_id) DO UPDATE
                           SET blocked_until = GREATEST(publishing_channel_block.blocked_until, EXCLUDED.blocked_until),
                               reason = EXCLUDED.reason""")
                .params(channelId, Timestamp.from(until), shorten(reason, 1000))
                .update();
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static final RowMapper<Row> MAPPER = (rs, n) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getObject("workspace_id", UUID.class),
            rs.getObject("item_id", UUID.class),
            rs.getObject("channel_id", UUID.class),
            rs.getString("idempotency_key"),
            State.valueOf(rs.getString("state")),
            rs.getTimestamp("planned_at").toInstant(),
            rs.getTimestamp("created_at").toInstant(),
            rs.getInt("attempts"),
            Optional.ofNullable(rs.getTimestamp("next_attempt_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null),
            rs.getString("url"),
            rs.getString("network_id"),
            rs.getString("error_kind"),
            rs.getString("error_detail"),
            Optional.ofNullable(rs.getTimestamp("published_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null));
}
