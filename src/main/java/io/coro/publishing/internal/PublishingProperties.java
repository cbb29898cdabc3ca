package io.coro.publishing.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coro.publishing.*}.
 *
 * @param maxAttempts sends tried for a post when the network is down before it is given up as failed
 * @param retryBase the wait after the first transient failure; it doubles at every attempt (with jitter)
 * @param retryMax the longest wait between two attempts
 * @param rateLimitWait the wait when a network says "too many requests" without saying how long
 * @param heldRecheck how often posts held for a channel (paused, needing reconnection, frozen) are looked at again,
 *     besides being resumed at once when the channel works again
 * @param reconcileDelay the least wait before asking a network about a post whose outcome is unknown (a server may
 *     still be making it; Mastodon remembers an idempotency key only once the status exists)
 * @param pauseAfterSend fault injection for the crash tests only: how long to wait after a network answered and
 *     before the ledger records it; keep it zero
 */
@ConfigurationProperties("coro.publishing")
public record PublishingProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryBase,
        @DefaultValue("30m") Duration retryMax,
        @DefaultValue("60s") Duration rateLimitWait,
        @DefaultValue("10m") Duration heldRecheck,
        @DefaultValue("60s") Duration reconcileDelay,
        @DefaultValue("0s") Duration pauseAfterSend) {}
