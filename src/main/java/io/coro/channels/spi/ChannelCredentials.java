package io.coro.channels.spi;

import java.util.Map;

/**
 * What an adapter needs to act as a channel's account, decrypted only for the call: the service address, the
 * account's id on the network, and the secrets (app password and session tokens on Bluesky, an OAuth token on
 * Mastodon). Never logged.
 *
 * @param renewal where an adapter hands secrets it renewed during a call (a refreshed session), so that they are
 *     encrypted and stored for the next call
 */
public record ChannelCredentials(String serviceUrl, String account, Map<String, String> secrets, Renewal renewal) {

    public ChannelCredentials {
        secrets = Map.copyOf(secrets);
        renewal = renewal == null ? renewed -> {} : renewal;
    }

    public String secret(String name) {
        return secrets.get(name);
    }

    /** Receives the whole new set of secrets after an adapter renewed a session or token. */
    @FunctionalInterface
    public interface Renewal {
        void store(Map<String, String> secrets);
    }

    @Override
    public String toString() {
        return "ChannelCredentials[" + serviceUrl + ", " + account + ", secrets hidden]";
    }
}
