package io.coro.channels.spi;

import java.net.URI;

/**
 * A network whose accounts connect through the OAuth 2 authorization-code flow (Mastodon). Coro registers itself
 * once per server ({@link #register}), sends the person to the server's authorization page and completes the
 * connection with the code the server sends back.
 */
public interface ConnectsWithOAuth extends Network {

    /** Registers Coro as an application on the server; the result is kept and reused for that server. */
    OAuthClient register(String serverUrl, String redirectUri) throws ConnectionFailed;

    /** The server's page where the person signs in and allows Coro to post. */
    URI authorizationUrl(OAuthClient client, String redirectUri, String state);

    /** Exchanges the authorization code for a token and reads the account and the server's limits. */
    Connection complete(OAuthClient client, String redirectUri, String code) throws ConnectionFailed;

    /** Coro's registration on one server. */
    record OAuthClient(String serverUrl, String clientId, String clientSecret) {

        @Override
        public String toString() {
            return "OAuthClient[" + serverUrl + ", " + clientId + ", secret hidden]";
        }
    }
}
