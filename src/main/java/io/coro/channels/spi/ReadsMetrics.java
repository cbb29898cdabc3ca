package io.coro.channels.spi;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The capability to read how published posts and the account are doing, for the insights module (later). Designed
 * now; a network reports only what it knows, the rest is empty rather than zero.
 */
public interface ReadsMetrics extends Network {

    List<PostMetrics> postMetrics(ChannelCredentials credentials, List<String> networkIds);

    AccountMetrics accountMetrics(ChannelCredentials credentials);

    record PostMetrics(
            String networkId,
            Instant readAt,
            OptionalLong likes,
            OptionalLong shares,
            OptionalLong replies,
            OptionalLong quotes,
            OptionalLong impressions) {}

    record AccountMetrics(Instant readAt, OptionalLong followers, OptionalLong following, OptionalLong posts) {}
}
