package io.coro.channels.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.coro.channels.mastodon.MastodonServer.SCOPES;
import static io.coro.channels.mastodon.MastodonServer.TOKEN;
import static io.coro.channels.mastodon.MastodonServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth.OAuthClient;
import io.coro.channels.spi.NetworkCapabilities;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connecting a Mastodon account: registration, authorization, token, account and the instance's limits. */
class MastodonConnectTests {

    static final String REDIRECT = "https://coro.example/channels/connect/mastodon/callback";

    @RegisterExtension
    static WireMockExtension server = MastodonServer.wireMock();

    final Mastodon mastodon = MastodonServer.adapter();

    @Test
    void registersCoroOnTheInstanceWithItsNameRedirectAndNarrowScopes() throws Exception {
        // methods/apps: POST /api/v1/apps answers a CredentialApplication
        server.stubFor(post("/api/v1/apps").willReturn(json("apps.json")));

        OAuthClient client = mastodon.register(server.baseUrl() + "/", REDIRECT);

        assertThat(client.serverUrl()).isEqualTo(server.baseUrl());
        assertThat(client.clientId()).isEqualTo("TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM");
        assertThat(client.clientSecret()).isEqualTo("ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw");
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/apps"))
                .withFormParam("client_name", equalTo("Coro"))
                .withFormParam("redirect_uris", equalTo(REDIRECT))
                .withFormParam("scopes", equalTo(SCOPES)));
        assertThat(SCOPES.split(" ")).doesNotContain("read", "write", "follow", "push");
    }

    @Test
    void takesTheInstanceAddressAsPeopleTypeIt() throws Exception {
        assertThat(ServerUrl.normalise("mastodon.social")).isEqualTo("https://mastodon.social");
        assertThat(ServerUrl.normalise(" https://Mastodon.Social/about/ ")).isEqualTo("https://mastodon.social");
        assertThat(ServerUrl.normalise("@alice@mastodon.social")).isEqualTo("https://mastodon.social");
        assertThat(ServerUrl.normalise("http://localhost:3000/")).isEqualTo("http://localhost:3000");
        assertThatThrownBy(() -> ServerUrl.normalise("ftp://mastodon.social"))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.UNREACHABLE));
    }

    @Test
    void theAuthorizationPageAsksForCoroScopesWithTheStateEncoded() {
        OAuthClient client = new OAuthClient("https://mastodon.social", "client id+1", "secret");
        String state = "a b&c=d/é";

        URI page = mastodon.authorizationUrl(client, REDIRECT + "?workspace=7", state);

        assertThat(page.getScheme() + "://" + page.getHost() + page.getPath())
                .isEqualTo("https://mastodon.social/oauth/authorize");
        assertThat(query(page))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        "client id+1",
                        "redirect_uri",
                        REDIRECT + "?workspace=7",
                        "scope",
                        SCOPES,
                        "state",
                        state));
        assertThat(page.getRawQuery()).doesNotContain(" ", "é").contains("state=a+b%26c%3Dd%2F%C3%A9");
    }

    @Test
    void completingReadsTokenAccountAndTheInstanceLimits() throws Exception {
        stubInstanceAndAccount();

        Connection connection = mastodon.complete(client(), REDIRECT, "qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU");

        // methods/oauth: the code is exchanged with the client's secret, for the same redirect and scopes
        server.verify(postRequestedFor(urlPathEqualTo("/oauth/token"))
                .withFormParam("grant_type", equalTo("authorization_code"))
                .withFormParam("code", equalTo("qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU"))
                .withFormParam("client_id", equalTo("TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM"))
                .withFormParam("client_secret", equalTo("ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw"))
                .withFormParam("redirect_uri", equalTo(REDIRECT))
                .withFormParam("scope", equalTo(SCOPES)));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        assertThat(connection.serviceUrl()).isEqualTo(server.baseUrl());
        assertThat(connection.accountId()).isEqualTo("14715");
        assertThat(connection.handle()).isEqualTo("@trwnh@mastodon.social");
        assertThat(connection.displayName()).isEqualTo("infinite love ⴳ");
        assertThat(connection.profileUrl()).isEqualTo("https://mastodon.social/@trwnh");
        assertThat(connection.secrets())
                .containsEntry("accessToken", TOKEN)
                .containsEntry("maxCharacters", "1000")
                .containsEntry("charactersPerUrl", "23");

        NetworkCapabilities limits = connection.capabilities();
        assertThat(limits.maxTextLength()).isEqualTo(1000);
        assertThat(limits.charactersPerUrl()).isEqualTo(23);
        assertThat(limits.lengthUnit()).isEqualTo(NetworkCapabilities.LengthUnit.CODE_POINTS);
        assertThat(limits.maxImages()).isEqualTo(4);
        assertThat(limits.maxImageBytes()).isEqualTo(10_485_760);
        assertThat(limits.imageTypes())
                .containsExactlyInAnyOrder(
                        "image/jpeg", "image/png", "image/gif", "image/heic", "image/heif", "image/webp");
        assertThat(limits.altText()).isTrue();
        assertThat(limits.threads()).isTrue();
        // what publish checks against is what the editor was shown
        assertThat(InstanceLimits.fromSecrets(connection.secrets())).isEqualTo(limits);
    }

    @Test
    void anInstanceWithoutV2IsReadThroughV1() throws Exception {
        stubInstanceAndAccount();
        // before 4.0 there is no /api/v2/instance
        server.stubFor(get("/api/v2/instance").willReturn(json(404, "error-404.json")));
        server.stubFor(get("/api/v1/instance").willReturn(json("instance-v1.json")));

        Connection connection = mastodon.complete(client(), REDIRECT, "code");

        assertThat(connection.capabilities().maxTextLength()).isEqualTo(500);
        assertThat(connection.capabilities().imageTypes()).doesNotContain("image/heic");
        assertThat(connection.handle()).isEqualTo("@trwnh@mastodon.social");
    }

    @Test
    void aForkGivingMaxTootCharsInV1IsUnderstood() throws Exception {
        stubInstanceAndAccount();
        server.stubFor(get("/api/v2/instance").willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/api/v1/instance").willReturn(json("instance-v1-max-toot-chars.json")));

        Connection connection = mastodon.complete(client(), REDIRECT, "code");

        assertThat(connection.capabilities().maxTextLength()).isEqualTo(5000);
        assertThat(connection.capabilities().charactersPerUrl()).isEqualTo(23);
        assertThat(connection.handle()).isEqualTo("@trwnh@pleroma.example");
    }

    @Test
    void aCodeAlreadyUsedIsRefusedAsBadCredentials() {
        stubInstanceAndAccount();
        server.stubFor(post("/oauth/token").willReturn(json(400, "token-invalid-grant.json")));

        assertThatThrownBy(() -> mastodon.complete(client(), REDIRECT, "used"))
                .isInstanceOfSatisfying(ConnectionFailed.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.BAD_CREDENTIALS);
                    assertThat(failed.detail()).startsWith("invalid_grant: The provided authorization grant");
                });
    }

    @Test
    void aWebSiteThatIsNotMastodonIsSaidSo() {
        server.stubFor(post("/api/v1/apps")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/html")
                        .withBody(MastodonServer.fixture("not-mastodon.html"))));

        assertThatThrownBy(() -> mastodon.register(server.baseUrl(), REDIRECT))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.NOT_A_SERVER));
    }

    @Test
    void anAddressWhereNothingListensIsUnreachable() {
        assertThatThrownBy(() -> mastodon.register("http://127.0.0.1:" + MastodonServer.closedPort(), REDIRECT))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class,
                        failed -> assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.UNREACHABLE));
    }

    @Test
    void aRefusedRegistrationCarriesTheServersWords() {
        server.stubFor(post("/api/v1/apps").willReturn(json(422, "apps-422.json")));

        assertThatThrownBy(() -> mastodon.register(server.baseUrl(), "not a uri"))
                .isInstanceOfSatisfying(ConnectionFailed.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.REFUSED);
                    assertThat(failed.detail()).isEqualTo("Validation failed: Redirect URI must be an absolute URI.");
                });
    }

    @Test
    void aRateLimitedRegistrationSaysHowLongToWait() {
        server.stubFor(
                post("/api/v1/apps").willReturn(json(429, "error-429.json").withHeader("Retry-After", "60")));

        assertThatThrownBy(() -> mastodon.register(server.baseUrl(), REDIRECT))
                .isInstanceOfSatisfying(ConnectionFailed.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(ConnectionFailed.Kind.RATE_LIMITED);
                    assertThat(failed.detail()).contains("60 s", "Too many requests");
                });
    }

    @Test
    void theNetworkDescribesItself() {
        assertThat(mastodon.key()).isEqualTo("mastodon");
        assertThat(mastodon.displayName()).isEqualTo("Mastodon");
        assertThat(mastodon.capabilities().maxTextLength()).isEqualTo(500);
        assertThat(mastodon.capabilities().charactersPerUrl()).isEqualTo(23);
    }

    private OAuthClient client() {
        return new OAuthClient(
                server.baseUrl(),
                "TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM",
                "ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw");
    }

    private void stubInstanceAndAccount() {
        // methods/instance (v2), methods/oauth (token), methods/accounts (verify_credentials)
        server.stubFor(get("/api/v2/instance").willReturn(json("instance-v2.json")));
        server.stubFor(post("/oauth/token").willReturn(json("token.json")));
        server.stubFor(get("/api/v1/accounts/verify_credentials").willReturn(json("verify-credentials.json")));
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(param -> param.split("=", 2))
                .collect(Collectors.toMap(
                        param -> param[0], param -> URLDecoder.decode(param[1], StandardCharsets.UTF_8)));
    }
}
