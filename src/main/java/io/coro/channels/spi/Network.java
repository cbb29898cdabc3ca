package io.coro.channels.spi;

/**
 * A social network Coro connects to. Each network is a package under {@code io.coro.channels} with a Spring bean
 * implementing this and the capability ports it supports ({@link Publishes}, and later reading conversations,
 * replying, reading metrics); the channels module discovers them as beans, so adding a network touches no list
 * elsewhere.
 */
public interface Network {

    /** A stable key, e.g. "bluesky", "mastodon"; stored with each channel. */
    String key();

    /** The name people see. */
    String displayName();

    /** What the network accepts by default; a connected account may report its own (see {@link Connection}). */
    NetworkCapabilities capabilities();
}
