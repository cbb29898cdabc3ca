package io.coro.channels.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of a call to a network, one type for every adapter. A failure carries its kind, which decides what the
 * dispatcher does next, and, for rate limits, how long to wait.
 *
 * @param url the public address of the post, when published
 * @param networkId the network's own id of the post (a record URI on Bluesky, a status id on Mastodon)
 */
public record PublishResult(
        Outcome outcome, String url, String networkId, ErrorKind error, String detail, Duration retryAfter) {

    public enum Outcome {
        PUBLISHED,
        FAILED
    }

    /** Why a call failed, and so what to do about it. */
    public enum ErrorKind {
        /** credentials no longer work: mark the channel "needs reconnection" and hold its posts */
        REAUTH,
        /** the network refuses this content (too long, wrong media): back to the author */
        BAD_CONTENT,
        /** too many requests: wait {@code retryAfter}, then try again */
        RATE_LIMITED,
        /** the network is down or slow: retry with backoff, a bounded number of times */
        TRANSIENT,
        /** the request may or may not have reached the network: reconcile before any retry */
        UNKNOWN_OUTCOME
    }

    public static PublishResult published(String url, String networkId) {
        return new PublishResult(Outcome.PUBLISHED, url, networkId, null, null, null);
    }

    public static PublishResult failed(ErrorKind kind, String detail) {
        return new PublishResult(Outcome.FAILED, null, null, kind, detail, null);
    }

    public static PublishResult rateLimited(Duration retryAfter, String detail) {
        return new PublishResult(Outcome.FAILED, null, null, ErrorKind.RATE_LIMITED, detail, retryAfter);
    }

    public boolean published() {
        return outcome == Outcome.PUBLISHED;
    }

    public Optional<Duration> waitBeforeRetry() {
        return Optional.ofNullable(retryAfter);
    }
}
