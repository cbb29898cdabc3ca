package io.coro.channels.mastodon;

import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth;
import io.coro.channels.spi.NetworkCapabilities;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Mastodon, on any instance: accounts connect with OAuth ({@link OAuthFlow}).
 *
 * <p>Secrets kept for a channel: {@code accessToken}, the OAuth token; and the instance's limits as read when the
 * account connected ({@code maxCharacters}, {@code charactersPerUrl}, {@code maxImages}, {@code maxImageBytes},
 * {@code imageTypes}), against which a post is to be checked without calling the server.
 */
@Component
public class Mastodon implements ConnectsWithOAuth {

    /** The secrets entry holding the OAuth access token. */
    static final String ACCESS_TOKEN = "accessToken";

    private final OAuthFlow oauth;

    @Autowired
    public Mastodon(MastodonProperties properties) {
        this(properties, Clock.systemUTC(), Duration.ofSeconds(1));
    }

    Mastodon(MastodonProperties properties, Clock clock, Duration mediaPollInterval) {
        MastodonApi api =
                new MastodonApi(properties.connectTimeout(), properties.readTimeout(), properties.uploadTimeout());
        this.oauth = new OAuthFlow(api, properties, clock);
    }

    @Override
    public String key() {
        return "mastodon";
    }

    @Override
    public String displayName() {
        return "Mastodon";
    }

    /** Mastodon's defaults; each connected account carries its instance's own (see {@link Connection}). */
    @Override
    public NetworkCapabilities capabilities() {
        return InstanceLimits.DEFAULTS;
    }

    @Override
    public OAuthClient register(String serverUrl, String redirectUri) throws ConnectionFailed {
        return oauth.register(serverUrl, redirectUri);
    }

    @Override
    public URI authorizationUrl(OAuthClient client, String redirectUri, String state) {
        return oauth.authorizationUrl(client, redirectUri, state);
    }

    @Override
    public Connection complete(OAuthClient client, String redirectUri, String code) throws ConnectionFailed {
        return oauth.complete(client, redirectUri, code);
    }
}
