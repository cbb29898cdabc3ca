package io.coro.channels;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.Publishes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the channels module. Every call is scoped to one workspace. */
public interface Channels {

    /** The workspace's channels, connected or waiting to be reconnected, by plan channel and handle. */
    List<ChannelRef> all(UUID workspaceId);

    Optional<ChannelRef> find(UUID workspaceId, UUID channelId);

    /** The channels that publish the plan's items for a plan channel name (any case), e.g. "Bluesky". */
    List<ChannelRef> forPlanChannel(UUID workspaceId, String planChannel);

    /**
     * What publishing on a channel takes: the network's port, the decrypted credentials (renewed secrets are stored
     * back encrypted) and the account's capabilities. Empty when the channel is gone or its network does not publish.
     */
    Optional<Publisher> publisher(UUID workspaceId, UUID channelId);

    /**
     * The channel's credentials stopped working: it is marked "needs reconnection" and whoever connected it and the
     * workspace's owners are told (in the UI, and by e-mail when mail is set up). Its posts wait.
     */
    void needsReconnection(UUID workspaceId, UUID channelId, String reason);

    /** Whether the channel's rule lets this member publish on it. */
    boolean mayPublish(UUID workspaceId, UUID channelId, UUID userId);

    record Publisher(
            ChannelRef channel, Publishes network, ChannelCredentials credentials, NetworkCapabilities capabilities) {}
}
