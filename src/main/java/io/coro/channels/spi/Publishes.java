package io.coro.channels.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The capability to publish a post. Implementations must be idempotent on {@code idempotencyKey}: the same key sent
 * twice makes at most one post (Mastodon's Idempotency-Key header; on Bluesky a record key derived from it), and
 * {@link #find} tells whether a post with that key exists, to reconcile an unknown outcome before any retry.
 *
 * <p>Implementations never throw for what the network answers: every failure comes back as a {@link PublishResult}
 * with its {@link PublishResult.ErrorKind}. A request that may have reached the network but got no answer (a read
 * timeout, a reset connection after sending) is {@code UNKNOWN_OUTCOME}; one that surely did not leave (connection
 * refused) is {@code TRANSIENT}.
 */
public interface Publishes extends Network {

    PublishResult publish(ChannelCredentials credentials, Post post, String idempotencyKey);

    /**
     * The post made with this key, if the network has it; empty when it surely has none. Throws
     * {@link IllegalStateException} when the network cannot tell now (down, rate limited), so nothing is decided.
     */
    Optional<PublishResult> find(ChannelCredentials credentials, Post post, String idempotencyKey);

    /** Removes a published post, by the network id {@link PublishResult} gave. */
    PublishResult delete(ChannelCredentials credentials, String networkId);

    /**
     * A post.
     *
     * @param createdAt when the post was first attempted, the same for every retry (stored with the ledger row)
     * @param language an ISO 639-1 code, or null
     * @param contentWarning a warning shown before the text (Mastodon's spoiler text), or null
     * @param visibility who sees it, where the network has the notion
     */
    record Post(
            String text,
            List<Image> images,
            Instant createdAt,
            String language,
            String contentWarning,
            Visibility visibility) {

        public Post {
            images = images == null ? List.of() : List.copyOf(images);
            visibility = visibility == null ? Visibility.PUBLIC : visibility;
        }

        public static Post of(String text, Instant createdAt) {
            return new Post(text, List.of(), createdAt, null, null, Visibility.PUBLIC);
        }
    }

    /**
     * An image with its alt text; width and height (pixels, 0 when unknown) give the aspect ratio networks show
     * before the image loads.
     */
    record Image(byte[] bytes, String contentType, String altText, int width, int height) {}

    enum Visibility {
        PUBLIC,
        UNLISTED,
        FOLLOWERS_ONLY
    }
}
