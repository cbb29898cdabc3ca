package io.coro.channels;

import java.util.UUID;

/** What happened to channels, for other modules (publishing resumes held posts; the audit log, later). */
public final class ChannelEvents {

    private ChannelEvents() {}

    public record ChannelConnected(UUID workspaceId, UUID channelId, String network, UUID by) {}

    /** Working again after "needs reconnection": posts held for it can go. */
    public record ChannelReconnected(UUID workspaceId, UUID channelId, UUID by) {}

    public record ChannelNeedsReconnection(UUID workspaceId, UUID channelId, String reason) {}

    public record ChannelPaused(UUID workspaceId, UUID channelId, UUID by) {}

    public record ChannelResumed(UUID workspaceId, UUID channelId, UUID by) {}

    public record ChannelDisconnected(UUID workspaceId, UUID channelId, UUID by) {}
}
