package io.coro.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the plan, chiefly the publishing module: which items are due, with their text per
 * channel and their images, and what came of publishing them. Every call is scoped to one workspace, except
 * {@link #due(Instant, int)}, which a dispatcher runs across workspaces.
 */
public interface Plan {

    /** Scheduled items whose time has come by {@code until}, oldest first. */
    List<DueItem> due(Instant until, int limit);

    /** An item with its variants and media, if it is in the workspace. */
    Optional<PublishableItem> item(UUID workspaceId, UUID itemId);

    /** The item went out; refused unless it was scheduled (or failed and retried). */
    void markPublished(UUID workspaceId, UUID itemId, String url, Instant at);

    /** The item could not go out; refused unless it was scheduled. */
    void markFailed(UUID workspaceId, UUID itemId, String reason);

    /** How much is planned: items (not cancelled) from {@code from} until {@code to}, and active recurring slots. */
    Outlook outlook(UUID workspaceId, Instant from, Instant to);

    record Outlook(int plannedItems, int activeSlots) {}

    record DueItem(UUID workspaceId, UUID itemId, Instant plannedAt) {}

    /**
     * An item as the publishing module needs it: the text per channel (the item's body where a channel has no
     * variant of its own) and the ids of its images.
     */
    record PublishableItem(
            UUID workspaceId,
            UUID itemId,
            String title,
            UUID authorId,
            UUID assigneeId,
            ItemStatus status,
            Instant plannedAt,
            Map<String, String> textByChannel,
            List<Media> media) {}

    record Media(UUID id, String contentType, String altText) {}

    /** The titles of these items of the workspace, by id. */
    Map<UUID, String> titles(UUID workspaceId, List<UUID> itemIds);

    /** The bytes of an item's image. */
    Optional<byte[]> mediaBytes(UUID workspaceId, UUID mediaId);
}
