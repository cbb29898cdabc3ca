package io.coro.publishing;

import java.util.UUID;

/** What happened in publishing, for other modules (notifications, the audit log). */
public final class PublishingEvents {

    private PublishingEvents() {}

    public record PublishingFrozen(UUID workspaceId, String reason, UUID by) {}

    public record PublishingThawed(UUID workspaceId, UUID by) {}

    /** A post went out on a channel. */
    public record PostPublished(UUID workspaceId, UUID itemId, UUID channelId, String url) {}

    /** A post could not go out on a channel and will not be tried again by itself. */
    public record PostFailed(UUID workspaceId, UUID itemId, UUID channelId, String errorKind, String detail) {}
}
