package io.coro.channels.spi;

/**
 * The capability to answer a message in its thread, idempotent on the key like {@link Publishes}. Designed now,
 * implemented with the inbox.
 */
public interface Replies extends Network {

    /**
     * @param inReplyTo the network id of the message answered (from {@link ReadsConversations.Message})
     */
    PublishResult reply(ChannelCredentials credentials, String inReplyTo, Publishes.Post post, String idempotencyKey);
}
