package io.coro.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Internal comments on items, and whom each mentions. */
@Repository
public class Comments {

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Comment(UUID id, String author, String body, Instant createdAt, List<String> mentioned) {}

    public List<Comment> of(UUID workspaceId, UUID itemId) {
        return jdbc.sql("""
                        SELECT c.id, coalesce(u.display_name, '?'), c.body, c.created_at,
                               array(SELECT mu.display_name FROM plan_mention m JOIN app_user mu ON mu.id = m.user_id
                                      WHERE m.comment_id = c.id AND m.workspace_id = c.workspace_id
                                      ORDER BY mu.display_name)
                          FROM plan_comment c LEFT JOIN app_user u ON u.id = c.author_id
                         WHERE c.workspace_id = ? AND c.item_id = ? ORDER BY c.created_at, c.id""")
                .params(workspaceId, itemId)
                .query((rs, n) -> new Comment(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        ContentItems.strings(rs.getArray(5))))
                .list();
    }

    UUID add(UUID workspaceId, UUID itemId, UUID authorId, String body, List<UUID> mentioned, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO plan_comment (id, workspace_id, item_id, author_id, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, workspaceId, itemId, authorId, body, Timestamp.from(at))
                .update();
        for (UUID userId : mentioned) {
            jdbc.sql("INSERT INTO plan_mention (comment_id, workspace_id, user_id) VALUES (?, ?, ?)")
                    .params(id, workspaceId, userId)
                    .update();
        }
        return id;
    }
}
