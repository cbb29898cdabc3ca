package io.coro.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The text of an item per channel. */
@Repository
public class Variants {

    private final JdbcClient jdbc;

    Variants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Channel → text, in channel order. */
    public Map<String, String> of(UUID workspaceId, UUID itemId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT channel, text FROM plan_variant WHERE workspace_id = ? AND item_id = ? ORDER BY channel")
                .params(workspaceId, itemId)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    void put(UUID workspaceId, UUID itemId, String channel, String text) {
        if (text.isBlank()) {
            jdbc.sql("DELETE FROM plan_variant WHERE workspace_id = ? AND item_id = ? AND channel = ?")
                    .params(workspaceId, itemId, channel)
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO plan_variant (item_id, workspace_id, channel, text, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (item_id, channel) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""")
                .params(itemId, workspaceId, channel, text, Timestamp.from(Instant.now()))
                .update();
    }
}
