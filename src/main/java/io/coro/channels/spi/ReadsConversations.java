package io.coro.channels.spi;

import java.time.Instant;
import java.util.List;

/**
 * The capability to read what people say to and about the account: mentions, replies, direct messages. The inbox
 * (a later module) polls it with the cursor it got last time. Designed now, implemented with the inbox.
 */
public interface ReadsConversations extends Network {

    /** Messages since the cursor (null: the most recent page), oldest first, and the cursor to pass next time. */
    Page read(ChannelCredentials credentials, String cursor);

    record Page(List<Message> messages, String nextCursor) {}

    /**
     * One message.
     *
     * @param networkId the network's id of the message
     * @param threadId the id of the conversation's first post, grouping replies
     * @param inReplyTo the id of the message answered, or null
     * @param authorId the author's stable id on the network
     * @param direct whether it is a private message
     */
    record Message(
            String networkId,
            String threadId,
            String inReplyTo,
            String authorId,
            String authorHandle,
            String authorName,
            String text,
            Instant createdAt,
            String url,
            boolean direct) {}
}
