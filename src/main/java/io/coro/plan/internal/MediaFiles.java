package io.coro.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Images attached to items, kept in PostgreSQL with the type detected from their bytes. */
@Repository
public class MediaFiles {

    private final JdbcClient jdbc;

    MediaFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Media(UUID id, UUID itemId, String contentType, int sizeBytes, String altText) {}

    public record Content(String contentType, byte[] bytes) {}

    public List<Media> of(UUID workspaceId, UUID itemId) {
        return jdbc.sql("""
                        SELECT id, item_id, content_type, size_bytes, alt_text FROM plan_media
                         WHERE workspace_id = ? AND item_id = ? ORDER BY uploaded_at, id""")
                .params(workspaceId, itemId)
                .query((rs, n) -> new Media(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5)))
                .list();
    }

    public Optional<Content> content(UUID workspaceId, UUID mediaId) {
        return jdbc.sql("SELECT content_type, bytes FROM plan_media WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, mediaId)
                .query((rs, n) -> new Content(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    int count(UUID workspaceId, UUID itemId) {
        return jdbc.sql("SELECT count(*) FROM plan_media WHERE workspace_id = ? AND item_id = ?")
                .params(workspaceId, itemId)
                .query(Integer.class)
                .single();
    }

    UUID add(UUID workspaceId, UUID itemId, ImageType type, byte[] bytes, String altText, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO plan_media (id, workspace_id, item_id, content_type, size_bytes, alt_text, bytes,
                                                uploaded_by, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        workspaceId,
                        itemId,
                        type.contentType(),
                        bytes.length,
                        altText,
                        bytes,
                        by,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    boolean remove(UUID workspaceId, UUID itemId, UUID mediaId) {
        return jdbc.sql("DELETE FROM plan_media WHERE workspace_id = ? AND item_id = ? AND id = ?")
                        .params(workspaceId, itemId, mediaId)
                        .update()
                == 1;
    }
}
