package io.coro.channels.spi;

import java.util.Map;

/**
 * A working connection to an account, as an adapter returns it when a person connects a channel: who the account
 * is, the secrets to keep (encrypted) and what this account's server accepts.
 *
 * @param serviceUrl the server to call from now on (a Bluesky PDS, a Mastodon instance), without a trailing slash
 * @param accountId the network's stable id of the account (a DID, a Mastodon account id)
 * @param handle the name people know the account by (alice.bsky.social, @alice@mastodon.social)
 * @param profileUrl the account's public page, where one exists
 * @param capabilities what this account's server accepts (a Mastodon instance sets its own character limit)
 */
public record Connection(
        String serviceUrl,
        String accountId,
        String handle,
        String displayName,
        String profileUrl,
        Map<String, String> secrets,
        NetworkCapabilities capabilities) {

    public Connection {
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "Connection[" + serviceUrl + ", " + accountId + ", " + handle + ", secrets hidden]";
    }
}
