package io.coro.plan.internal;

import io.coro.plan.Plan;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plan as other modules see it. */
@Component
class PlanFacade implements Plan {

    private final JdbcClient jdbc;
    private final ContentItems items;
    private final Variants variants;
    private final MediaFiles media;

    PlanFacade(JdbcClient jdbc, ContentItems items, Variants variants, MediaFiles media) {
        this.jdbc = jdbc;
        this.items = items;
        this.variants = variants;
        this.media = media;
    }

    @Override
    @Transactional(readOnly = true)
    public Outlook outlook(UUID workspaceId, Instant from, Instant to) {
        int items = jdbc.sql("""
                        SELECT count(*) FROM plan_item WHERE workspace_id = ? AND planned_at >= ? AND planned_at < ?
                           AND status <> 'CANCELLED'""")
                .params(workspaceId, Timestamp.from(from), Timestamp.from(to))
                .query(Integer.class)
                .single();
        int slots = jdbc.sql("SELECT count(*) FROM plan_slot WHERE workspace_id = ? AND active")
                .param(workspaceId)
                .query(Integer.class)
                .single();
        return new Outlook(items, slots);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> due(Instant until, int limit) {
        return jdbc.sql("""
                        SELECT workspace_id, id, planned_at FROM plan_item
                         WHERE status = 'SCHEDULED' AND planned_at <= ? ORDER BY planned_at LIMIT ?""")
                .params(Timestamp.from(until), limit)
                .query((rs, n) -> new DueItem(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /**
     * Read once per post by the dispatcher, so without a transaction: at READ COMMITTED each statement sees its own
     * snapshot anyway, and the transaction cost a BEGIN and a COMMIT per post. An item changed between the reads is
     * caught where it matters: {@link #markPublished} locks the row and checks its state.
     */
    @Override
    public Optional<PublishableItem> item(UUID workspaceId, UUID itemId) {
        return items.find(workspaceId, itemId).map(item -> {
            Map<String, String> own = variants.of(workspaceId, itemId);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String channel : item.channels()) {
                texts.put(channel, own.getOrDefault(channel, item.body()));
            }
            return new PublishableItem(
                    workspaceId,
                    itemId,
                    item.title(),
                    item.createdBy(),
                    item.assigneeId(),
                    item.status(),
                    item.plannedAt(),
                    texts,
                    media.of(workspaceId, itemId).stream()
                            .map(m -> new Media(m.id(), m.contentType(), m.altText()))
                            .toList());
        });
    }

    @Override
    public Map<UUID, String> titles(UUID workspaceId, List<UUID> itemIds) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return titles;
        }
        jdbc.sql("SELECT id, title FROM plan_item WHERE workspace_id = ? AND id = ANY (?)")
                .params(workspaceId, itemIds.toArray(UUID[]::new))
                .query((rs, n) -> titles.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return titles;
    }

    @Override
    public Optional<byte[]> mediaBytes(UUID workspaceId, UUID mediaId) {
        return media.content(workspaceId, mediaId).map(MediaFiles.Content::bytes);
    }

    @Override
    @Transactional
    public void markPublished(UUID workspaceId, UUID itemId, String url, Instant at) {
        ContentItem item =
                items.lock(workspaceId, itemId).orElseThrow(() -> new PlanProblem("item", "plan.item.notFound"));
        item.markPublished(url, at);
        items.save(item);
    }

    @Override
    @Transactional
    public void markFailed(UUID workspaceId, UUID itemId, String reason) {
        ContentItem item =
                items.lock(workspaceId, itemId).orElseThrow(() -> new PlanProblem("item", "plan.item.notFound"));
        item.markFailed(reason);
        items.save(item);
    }
}
