package io.coro.channels;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was published on a channel, with every attempt, for the channel's page. The channels module defines this
 * port and the publishing module answers it, so that channels does not depend on publishing.
 */
public interface ChannelHistory {

    List<Entry> recent(UUID workspaceId, UUID channelId, int limit);

    /**
     * One post on the channel.
     *
     * @param state the publication's state (PENDING, SENDING, WAITING, HELD, PUBLISHED, FAILED, CANCELLED)
     * @param errorKind the last error's kind, or null
     */
    record Entry(
            UUID itemId,
            String itemTitle,
            String state,
            Instant plannedAt,
            Instant publishedAt,
            Instant nextAttemptAt,
            String url,
            String errorKind,
            String errorDetail,
            List<Attempt> attempts) {}

    /**
     * @param action SEND or RECONCILE
     * @param outcome PUBLISHED, FOUND, NOT_FOUND, FAILED, or null while under way (or cut short by a crash)
     */
    record Attempt(
            Instant startedAt,
            Instant finishedAt,
            String node,
            String action,
            String outcome,
            String errorKind,
            String response) {}
}
