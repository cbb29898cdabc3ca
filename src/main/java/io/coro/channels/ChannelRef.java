package io.coro.channels;

import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.Publishes;
import java.util.List;
import java.util.UUID;

/**
 * A channel as other modules see it.
 *
 * @param network the network's key
 * @param planChannel the plan's channel name whose items it publishes
 * @param paused whether publishing on it is paused by a person
 * @param postingTimes default times of day (HH:mm, the workspace's zone)
 */
public record ChannelRef(
        UUID id,
        UUID workspaceId,
        String network,
        String networkName,
        String planChannel,
        String handle,
        String displayName,
        String profileUrl,
        ChannelStatus status,
        String statusReason,
        boolean paused,
        Publishes.Visibility visibility,
        List<String> postingTimes,
        NetworkCapabilities capabilities) {

    /** Whether posts may go out on it now. */
    public boolean ready() {
        return status == ChannelStatus.ACTIVE && !paused;
    }
}
