package io.coro.channels.spi;

import java.util.List;

/**
 * The capability to publish a post. Implementations must be idempotent on {@code idempotencyKey}: the same key sent
 * twice makes at most one post (Mastodon's Idempotency-Key header; on Bluesky a record key derived from it), and
 * {@link #find} tells whether a post with that key exists, to reconcile an unknown outcome before any retry.
 */
public interface Publishes extends Network {

    PublishResult publish(ChannelCredentials credentials, Post post, String idempotencyKey);

    /** The post made with this key, if the network has it. */
    java.util.Optional<PublishResult> find(ChannelCredentials credentials, String idempotencyKey);

    /** A post: its text and images, each with alt text. */
    record Post(String text, List<Image> images) {}

    record Image(byte[] bytes, String contentType, String altText) {}
}
