package io.coro.channels.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.NetworkCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A Mastodon server as the tests play it with WireMock: answers from the fixtures under wiremock/mastodon (written
 * from docs.joinmastodon.org, see the README there), and adapters with short timeouts.
 */
final class MastodonServer {

    static final String SCOPES = "read:accounts read:statuses write:media write:statuses";
    static final String TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";
    static final String ACCOUNT_ID = "14715";

    private MastodonServer() {}

    /**
     * WireMock on a free port, speaking HTTP/1.1 only: the JDK client offers an h2c upgrade on plain http, which
     * Jetty accepts and then breaks on a streamed multipart upload. Instances are reached over https (where HTTP/2
     * is agreed by ALPN) or through nginx, which ignores the offer.
     */
    static WireMockExtension wireMock() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
                .build();
    }

    static Mastodon adapter() {
        return adapter(Duration.ofSeconds(5), Duration.ofSeconds(2));
    }

    static Mastodon adapter(Duration readTimeout, Duration mediaProcessingWait) {
        MastodonProperties properties = new MastodonProperties(
                SCOPES, "", Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(10), mediaProcessingWait);
        return new Mastodon(properties, Clock.systemUTC(), Duration.ofMillis(20));
    }

    /** The credentials Coro keeps after connecting an account on an instance with these limits. */
    static ChannelCredentials credentials(String serverUrl, NetworkCapabilities limits) {
        Map<String, String> secrets = new HashMap<>(InstanceLimits.toSecrets(limits));
        secrets.put(Mastodon.ACCESS_TOKEN, TOKEN);
        return new ChannelCredentials(serverUrl, ACCOUNT_ID, secrets, null);
    }

    static String fixture(String name) {
        try (InputStream in = MastodonServer.class.getResourceAsStream("/wiremock/mastodon/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseDefinitionBuilder json(int status, String fixture) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(fixture(fixture));
    }

    static ResponseDefinitionBuilder json(String fixture) {
        return json(200, fixture);
    }

    /** A port nothing listens on. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
