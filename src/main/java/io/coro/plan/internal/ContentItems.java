package io.coro.plan.internal;

import io.coro.plan.ItemStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Content items. Every query names its workspace; saving publishes the events the item registered (inside the caller's
 * transaction) and refuses a save over a change made meanwhile by someone else.
 */
@Repository
public class ContentItems {

    static final String COLUMNS = """
            id, workspace_id, title, body, status, planned_at, channels, pillar_id, assignee_id, slot_id, review_note,
            approved_by, approved_at, published_url, published_at, failure_reason, created_by, created_at, version""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ContentItems(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<ContentItem> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .query(ContentItems::map)
                .optional();
    }

    /** For update: the row stays locked until the transaction ends. */
    Optional<ContentItem> lock(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE workspace_id = ? AND id = ? FOR UPDATE")
                .params(workspaceId, id)
                .query(ContentItems::map)
                .optional();
    }

    public void insert(ContentItem item) {
        jdbc.sql("""
                        INSERT INTO plan_item (id, workspace_id, title, body, status, planned_at, channels, pillar_id,
                                               assignee_id, slot_id, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)""")
                .params(
                        item.id(),
                        item.workspaceId(),
                        item.title(),
                        item.body(),
                        item.status().name(),
                        Timestamp.from(item.plannedAt()),
                        pgArray(item.channels()),
                        item.pillarId(),
                        item.assigneeId(),
                        item.slotId(),
                        item.createdBy(),
                        Timestamp.from(item.createdAt()),
                        Timestamp.from(item.createdAt()))
                .update();
        publish(item);
    }

    /**
     * A slot's occurrence, unless the slot already has an item at that time (however often generation runs). Returns
     * whether it was inserted.
     */
    boolean insertForSlot(ContentItem item) {
        int inserted = jdbc.sql("""
                        INSERT INTO plan_item (id, workspace_id, title, body, status, planned_at, channels, pillar_id,
                                               assignee_id, slot_id, slot_time, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, '', 'IDEA', ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (slot_id, slot_time) DO NOTHING""")
                .params(
                        item.id(),
                        item.workspaceId(),
                        item.title(),
                        Timestamp.from(item.plannedAt()),
                        pgArray(item.channels()),
                        item.pillarId(),
                        item.assigneeId(),
                        item.slotId(),
                        Timestamp.from(item.plannedAt()),
                        item.createdBy(),
                        Timestamp.from(item.createdAt()),
                        Timestamp.from(item.createdAt()))
                .update();
        if (inserted == 1) {
            publish(item);
        } else {
            item.clearEvents();
        }
        return inserted == 1;
    }

    public void save(ContentItem item) {
        int updated = jdbc.sql("""
                        UPDATE plan_item SET title = ?, body = ?, status = ?, planned_at = ?, channels = ?::varchar[],
                               pillar_id = ?, assignee_id = ?, review_note = ?, approved_by = ?, approved_at = ?,
                               published_url = ?, published_at = ?, failure_reason = ?, updated_at = now(),
                               version = version + 1
                         WHERE workspace_id = ? AND id = ? AND version = ?""")
                .params(
                        item.title(),
                        item.body(),
                        item.status().name(),
                        Timestamp.from(item.plannedAt()),
                        pgArray(item.channels()),
                        item.pillarId(),
                        item.assigneeId(),
                        item.reviewNote(),
                        item.approvedBy(),
                        ts(item.approvedAt()),
                        item.publishedUrl(),
                        ts(item.publishedAt()),
                        item.failureReason(),
                        item.workspaceId(),
                        item.id(),
                        item.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("plan_item " + item.id() + " changed meanwhile");
        }
        publish(item);
    }

    private void publish(ContentItem item) {
        item.events().forEach(events::publishEvent);
        item.clearEvents();
    }

    static ContentItem map(ResultSet rs, int row) throws SQLException {
        return new ContentItem(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("title"),
                rs.getString("body"),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("planned_at").toInstant(),
                strings(rs.getArray("channels")),
                rs.getObject("pillar_id", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                rs.getObject("slot_id", UUID.class),
                rs.getString("review_note"),
                rs.getObject("approved_by", UUID.class),
                instant(rs.getTimestamp("approved_at")),
                rs.getString("published_url"),
                instant(rs.getTimestamp("published_at")),
                rs.getString("failure_reason"),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** A PostgreSQL array literal; channel names are plain text without quotes or braces (checked on input). */
    static String pgArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
