package io.coro.channels.mastodon;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.Publishes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Mastodon, on any instance: accounts connect with OAuth ({@link OAuthFlow}), posts go out as statuses with images
 * and alt text ({@link Posting}), exactly once through the server's Idempotency-Key, and an unknown outcome is
 * reconciled by reading the account's statuses ({@link Reconciliation}).
 *
 * <p>Secrets kept for a channel: {@code accessToken}, the OAuth token; and the instance's limits as read when the
 * account connected ({@code maxCharacters}, {@code charactersPerUrl}, {@code maxImages}, {@code maxImageBytes},
 * {@code imageTypes}), against which {@link #publish} checks a post without calling the server.
 */
@Component
public class Mastodon implements Publishes, ConnectsWithOAuth {

    /** The secrets entry holding the OAuth access token. */
    static final String ACCESS_TOKEN = "accessToken";

    private final OAuthFlow oauth;
    private final Posting posting;
    private final Reconciliation reconciliation;

    @Autowired
    public Mastodon(MastodonProperties properties) {
        this(properties, Clock.systemUTC(), Duration.ofSeconds(1));
    }

    Mastodon(MastodonProperties properties, Clock clock, Duration mediaPollInterval) {
        MastodonApi api =
                new MastodonApi(properties.connectTimeout(), properties.readTimeout(), properties.uploadTimeout());
        this.oauth = new OAuthFlow(api, properties, clock);
        this.posting = new Posting(
                api, new MediaUpload(api, clock, properties.mediaProcessingWait(), mediaPollInterval), clock);
        this.reconciliation = new Reconciliation(api);
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

    @Override
    public PublishResult publish(ChannelCredentials credentials, Post post, String idempotencyKey) {
        return posting.publish(credentials, post, idempotencyKey);
    }

    /**
     * Reads the account's statuses since the post was first attempted; the key itself cannot be looked up on
     * Mastodon (see {@link Reconciliation}). Throws {@link IllegalStateException} when the server cannot tell now.
     */
    @Override
    public Optional<PublishResult> find(ChannelCredentials credentials, Post post, String idempotencyKey) {
        return reconciliation.find(credentials, post);
    }

    @Override
    public PublishResult delete(ChannelCredentials credentials, String networkId) {
        return posting.delete(credentials, networkId);
    }
}
