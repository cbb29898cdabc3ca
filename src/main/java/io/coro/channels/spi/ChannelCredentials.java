package io.coro.channels.spi;

import java.util.Map;

/**
 * What an adapter needs to act as a channel's account, decrypted only for the call: the service address and the
 * secrets (an app password or session tokens on Bluesky, an OAuth token on Mastodon). Never logged.
 */
public record ChannelCredentials(String serviceUrl, String account, Map<String, String> secrets) {

    @Override
    public String toString() {
        return "ChannelCredentials[" + serviceUrl + ", " + account + ", secrets hidden]";
    }
}
