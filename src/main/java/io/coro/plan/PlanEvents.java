package io.coro.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened in the plan, for other modules (notifications, the audit log, publishing). All are published inside
 * the transaction that made the change; {@code by} is the person who acted ({@code null}: Coro itself).
 */
public final class PlanEvents {

    private PlanEvents() {}

    public record ItemCreated(UUID workspaceId, UUID itemId, UUID slotId, UUID by) {}

    public record ItemDrafted(UUID workspaceId, UUID itemId, UUID by) {}

    public record ItemSubmitted(UUID workspaceId, UUID itemId, UUID by) {}

    public record ChangesRequested(UUID workspaceId, UUID itemId, String note, UUID by) {}

    public record ItemApproved(UUID workspaceId, UUID itemId, UUID by) {}

    /** The item is ready to go out at {@code at}: the publishing module takes it from here. */
    public record ItemScheduled(UUID workspaceId, UUID itemId, Instant at, UUID by) {}

    public record ItemRescheduled(UUID workspaceId, UUID itemId, Instant from, Instant to, UUID by) {}

    /** An approved or scheduled item went back to draft to be changed. */
    public record ItemReopened(UUID workspaceId, UUID itemId, UUID by) {}

    public record ItemPublished(UUID workspaceId, UUID itemId, String url, Instant at) {}

    public record ItemFailed(UUID workspaceId, UUID itemId, String reason) {}

    public record ItemCancelled(UUID workspaceId, UUID itemId, UUID by) {}

    public record ItemAssigned(UUID workspaceId, UUID itemId, UUID assigneeId, UUID by) {}

    /** A comment on an item; {@code mentioned} are the members it names with @, for notifications. */
    public record CommentAdded(UUID workspaceId, UUID itemId, UUID commentId, UUID authorId, List<UUID> mentioned) {}
}
