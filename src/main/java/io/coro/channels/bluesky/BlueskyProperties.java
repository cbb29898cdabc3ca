package io.coro.channels.bluesky;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coro.channels.bluesky.*}.
 *
 * @param connectTimeout how long to wait for a PDS to accept a connection
 * @param readTimeout how long to wait for a PDS's answer once the request is sent; a write that times out has an
 *     unknown outcome and is reconciled before any retry
 * @param webUrl the public web app where posts of accounts on public servers are shown
 * @param maxImageBytes the largest image, as the app.bsky.embed.images lexicon allows it (2,000,000 bytes since 2025;
 *     set 1000000 for a self-hosted PDS older than that)
 */
@ConfigurationProperties("coro.channels.bluesky")
public record BlueskyProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("https://bsky.app") String webUrl,
        @DefaultValue("2000000") long maxImageBytes) {

    public static BlueskyProperties defaults() {
        return new BlueskyProperties(Duration.ofSeconds(5), Duration.ofSeconds(20), "https://bsky.app", 2_000_000);
    }
}
