package io.coro.channels.mastodon;

import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectionFailed.Kind;
import io.coro.channels.spi.ConnectsWithOAuth.OAuthClient;
import io.coro.channels.spi.NetworkCapabilities;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Connecting an account: Coro registers itself on the instance (methods/apps), the person authorizes it on the
 * instance's page (methods/oauth), and the code becomes a token, the account and the instance's limits.
 */
final class OAuthFlow {

    static final String CLIENT_NAME = "Coro";

    private final MastodonApi api;
    private final MastodonProperties properties;
    private final Clock clock;

    OAuthFlow(MastodonApi api, MastodonProperties properties, Clock clock) {
        this.api = api;
        this.properties = properties;
        this.clock = clock;
    }

    OAuthClient register(String serverUrl, String redirectUri) throws ConnectionFailed {
        String server = ServerUrl.normalise(serverUrl);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_name", CLIENT_NAME);
        form.add("redirect_uris", redirectUri);
        form.add("scopes", properties.scopes());
        if (!properties.website().isBlank()) {
            form.add("website", properties.website());
        }
        Answer answer = call(() -> api.post(server + "/api/v1/apps", null, form, null));
        String clientId = answer.text("client_id");
        String clientSecret = answer.text("client_secret");
        if (answer.ok() && answer.isJson() && (clientId == null || clientSecret == null)) {
            throw new ConnectionFailed(Kind.NOT_A_SERVER, "the answer holds no client_id and client_secret");
        }
        if (!answer.ok() || clientId == null || clientSecret == null) {
            throw failure(answer, Kind.REFUSED);
        }
        return new OAuthClient(server, clientId, clientSecret);
    }

    URI authorizationUrl(OAuthClient client, String redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", properties.scopes());
        query.put("state", state);
        return URI.create(client.serverUrl() + "/oauth/authorize?"
                + query.entrySet().stream()
                        .map(param ->
                                param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")));
    }

    /**
     * Reads the instance first (it is public): when the server is down, the person's code is not spent on a token
     * that could not be used.
     */
    Connection complete(OAuthClient client, String redirectUri, String code) throws ConnectionFailed {
        String server = client.serverUrl();
        Instance instance = instance(server);

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", client.clientId());
        form.add("client_secret", client.clientSecret());
        form.add("redirect_uri", redirectUri);
        form.add("scope", properties.scopes());
        Answer token = call(() -> api.post(server + "/oauth/token", null, form, null));
        String accessToken = token.text("access_token");
        if (!token.ok() || accessToken == null) {
            // invalid_grant: the code was used, expired or made for another redirect; invalid_client: the
            // server no longer knows Coro's registration (before 4.3 unused ones were removed): register again
            throw failure(token, token.status() == 400 || token.status() == 401 ? Kind.BAD_CREDENTIALS : Kind.REFUSED);
        }

        Answer account = call(() -> api.get(server + "/api/v1/accounts/verify_credentials", accessToken));
        String accountId = account.id("id");
        if (!account.ok() || accountId == null) {
            throw failure(account, account.status() == 401 ? Kind.BAD_CREDENTIALS : Kind.REFUSED);
        }
        String acct = Json.bounded(account.text("acct"));
        String handle = acct == null ? null : "@" + (acct.contains("@") ? acct : acct + "@" + instance.domain());
        String displayName = account.text("display_name");
        if (displayName == null || displayName.isBlank()) {
            displayName = account.text("username");
        }

        Map<String, String> secrets = new HashMap<>(InstanceLimits.toSecrets(instance.limits()));
        secrets.put(Mastodon.ACCESS_TOKEN, accessToken);
        return new Connection(
                server,
                accountId,
                handle,
                Json.bounded(displayName),
                Json.webLink(account.json(), "url"),
                secrets,
                instance.limits());
    }

    private record Instance(String domain, NetworkCapabilities limits) {}

    /** GET /api/v2/instance (Mastodon 4.0+), else the v1 entity; a server that tells neither gets the defaults. */
    private Instance instance(String server) throws ConnectionFailed {
        Answer v2 = call(() -> api.get(server + "/api/v2/instance", null));
        if (v2.ok() && v2.json() != null && v2.json().isObject()) {
            return instance(server, v2.json(), "domain");
        }
        if (v2.status() == 429) {
            throw failure(v2, Kind.RATE_LIMITED);
        }
        if (v2.status() >= 500) {
            throw failure(v2, Kind.UNREACHABLE);
        }
        Answer v1 = call(() -> api.get(server + "/api/v1/instance", null));
        if (v1.ok() && v1.json() != null && v1.json().isObject()) {
            return instance(server, v1.json(), "uri");
        }
        if (!v1.isJson() && !v2.isJson()) {
            throw new ConnectionFailed(
                    Kind.NOT_A_SERVER,
                    "neither /api/v2/instance nor /api/v1/instance answered " + "as a Mastodon server does (HTTP "
                            + v2.status() + ", " + v1.status() + ")");
        }
        return new Instance(ServerUrl.host(server), InstanceLimits.DEFAULTS);
    }

    private static Instance instance(String server, JsonNode json, String domainField) {
        String domain = Json.text(json, domainField);
        if (domain != null) {
            domain = domain.replaceFirst("^https?://", "").replaceAll("/+$", "");
        }
        boolean plausible = domain != null && domain.matches("[A-Za-z0-9.:-]{1,253}");
        return new Instance(plausible ? domain : ServerUrl.host(server), InstanceLimits.fromInstance(json));
    }

    private interface Call {
        Answer send() throws NoAnswer;
    }

    private static Answer call(Call call) throws ConnectionFailed {
        try {
            return call.send();
        } catch (NoAnswer e) {
            throw new ConnectionFailed(Kind.UNREACHABLE, e.getMessage(), e);
        }
    }

    /** What a refusal means for the person connecting; {@code otherwise} for a JSON error with no other reading. */
    private ConnectionFailed failure(Answer answer, Kind otherwise) {
        int status = answer.status();
        if (status >= 300 && status < 400) {
            return new ConnectionFailed(
                    Kind.NOT_A_SERVER,
                    "the server sends elsewhere ("
                            + Json.bounded(answer.headers().getFirst(HttpHeaders.LOCATION))
                            + "): give that address instead");
        }
        if (status == 429) {
            return new ConnectionFailed(
                    Kind.RATE_LIMITED, "wait " + answer.retryAfter(clock).toSeconds() + " s: " + answer.error());
        }
        if (status >= 500) {
            return new ConnectionFailed(Kind.UNREACHABLE, answer.error());
        }
        if (!answer.isJson()) {
            return new ConnectionFailed(Kind.NOT_A_SERVER, "HTTP " + status + ", and not Mastodon's JSON");
        }
        return new ConnectionFailed(otherwise, answer.error());
    }
}
