package io.coro.plan.internal;

import io.coro.plan.ItemStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the calendar shows: the items of a period, filtered, in one indexed query. */
@Repository
public class Calendar {

    private final JdbcClient jdbc;

    Calendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(
            UUID id,
            String title,
            ItemStatus status,
            Instant plannedAt,
            List<String> channels,
            UUID pillarId,
            UUID assigneeId,
            String assignee,
            UUID createdBy) {}

    /** Items planned from {@code from} (included) to {@code to} (excluded), by time; at most {@code limit}. */
    public List<Entry> between(UUID workspaceId, Instant from, Instant to, CalendarFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.title, i.status, i.planned_at, i.channels, i.pillar_id, i.assignee_id, u.display_name,
                       i.created_by
                  FROM plan_item i LEFT JOIN app_user u ON u.id = i.assignee_id
                 WHERE i.workspace_id = ? AND i.planned_at >= ? AND i.planned_at < ?""");
        List<Object> params = new ArrayList<>(List.of(workspaceId, Timestamp.from(from), Timestamp.from(to)));
        if (filter.channel() != null) {
            sql.append(" AND ? = ANY (i.channels)");
            params.add(filter.channel());
        }
        if (filter.pillarId() != null) {
            sql.append(" AND i.pillar_id = ?");
            params.add(filter.pillarId());
        }
        if (filter.assigneeId() != null) {
            sql.append(" AND i.assignee_id = ?");
            params.add(filter.assigneeId());
        }
        if (filter.status() != null) {
            sql.append(" AND i.status = ?");
            params.add(filter.status().name());
        }
        sql.append(" ORDER BY i.planned_at, i.id LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        ItemStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        ContentItems.strings(rs.getArray(5)),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        rs.getString(8),
                        rs.getObject(9, UUID.class)))
                .list();
    }

    /** A member's items from {@code from} on, for their iCalendar feed (cancelled ones left out). */
    public List<Entry> assignedTo(UUID workspaceId, UUID userId, Instant from, int limit) {
        return jdbc.sql("""
                        SELECT i.id, i.title, i.status, i.planned_at, i.channels, i.pillar_id, i.assignee_id,
                               u.display_name, i.created_by
                          FROM plan_item i LEFT JOIN app_user u ON u.id = i.assignee_id
                         WHERE i.workspace_id = ? AND i.assignee_id = ? AND i.planned_at >= ? AND i.status <> 'CANCELLED'
                         ORDER BY i.planned_at LIMIT ?""")
                .params(workspaceId, userId, Timestamp.from(from), limit)
                .query((rs, n) -> new Entry(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        ItemStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        ContentItems.strings(rs.getArray(5)),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        rs.getString(8),
                        rs.getObject(9, UUID.class)))
                .list();
    }
}
