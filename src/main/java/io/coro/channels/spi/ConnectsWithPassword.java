package io.coro.channels.spi;

/**
 * A network whose accounts connect with an identifier and a password made for applications (Bluesky's app
 * passwords). The connect page shows a form with the service address, the identifier and the password.
 */
public interface ConnectsWithPassword extends Network {

    /** The service address the form suggests (e.g. https://bsky.social); any other may be given. */
    String defaultServiceUrl();

    /**
     * Signs in and returns the connection to keep.
     *
     * @param serviceUrl the server (any self-hosted one too)
     * @param identifier the handle or the account's id (a DID on Bluesky)
     */
    Connection connect(String serviceUrl, String identifier, String password) throws ConnectionFailed;
}
