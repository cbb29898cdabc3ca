package io.coro.channels.bluesky;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.PublishResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An account's session for the length of one call. The PDS limits sign-ins (30 every 5 minutes, 300 a day per
 * account), so the stored access token is reused while it lives; it is refreshed with the refresh token when less
 * than 5 minutes remain or the PDS calls it expired, and only when that fails is a new session opened with the app
 * password. Every new pair of tokens goes to {@link ChannelCredentials.Renewal}, to be stored for the next call.
 */
final class Session {

    /** The secrets Coro keeps for a Bluesky channel. */
    static final String APP_PASSWORD = "appPassword";

    static final String ACCESS_JWT = "accessJwt";
    static final String REFRESH_JWT = "refreshJwt";

    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final XrpcClient xrpc;
    private final ChannelCredentials credentials;
    private final Clock clock;
    private final Map<String, String> secrets;

    Session(XrpcClient xrpc, ChannelCredentials credentials, Clock clock) {
        this.xrpc = xrpc;
        this.credentials = credentials;
        this.clock = clock;
        this.secrets = new HashMap<>(credentials.secrets());
    }

    /**
     * Makes an authorized call with a live access token, renewing the session first if its token is about to expire,
     * and once more if the PDS still refuses the token. Throws {@link CallFailed} when no session can be had.
     */
    XrpcResponse call(Function<String, XrpcResponse> request) {
        if (expiresSoon(secrets.get(ACCESS_JWT))) {
            renew();
        }
        XrpcResponse response = request.apply(secrets.get(ACCESS_JWT));
        if (response.sessionExpired()) {
            renew();
            response = request.apply(secrets.get(ACCESS_JWT));
        }
        return response;
    }

    private void renew() {
        String serviceUrl = credentials.serviceUrl();
        try {
            String refreshJwt = secrets.get(REFRESH_JWT);
            if (!expiresSoon(refreshJwt, Duration.ZERO)) {
                XrpcResponse refreshed =
                        xrpc.procedure(serviceUrl, "com.atproto.server.refreshSession", null, refreshJwt);
                if (adopt(refreshed)) {
                    return;
                }
                if (!refreshed.sessionExpired() && refreshed.status() != 400) {
                    throw new CallFailed(Failures.of(refreshed, clock.instant()));
                }
            }
            String password = secrets.get(APP_PASSWORD);
            if (password == null || password.isEmpty()) {
                throw new CallFailed(PublishResult.failed(PublishResult.ErrorKind.REAUTH, "no app password stored"));
            }
            ObjectNode input = XrpcClient.JSON
                    .createObjectNode()
                    .put("identifier", credentials.account())
                    .put("password", password);
            XrpcResponse created = xrpc.procedure(serviceUrl, "com.atproto.server.createSession", input, null);
            if (adopt(created)) {
                return;
            }
            if (created.status() == 400 || created.status() == 401 || created.status() == 403) {
                throw new CallFailed(PublishResult.failed(PublishResult.ErrorKind.REAUTH, created.message()));
            }
            throw new CallFailed(Failures.of(created, clock.instant()));
        } catch (XrpcClient.Unreachable e) {
            throw new CallFailed(PublishResult.failed(PublishResult.ErrorKind.TRANSIENT, e.getMessage()));
        }
    }

    private boolean adopt(XrpcResponse response) {
        String access = response.text(ACCESS_JWT);
        String refresh = response.text(REFRESH_JWT);
        if (!response.ok() || access == null || refresh == null) {
            return false;
        }
        String did = response.text("did");
        if (did != null && !did.equals(credentials.account())) {
            throw new CallFailed(PublishResult.failed(
                    PublishResult.ErrorKind.REAUTH, "the password belongs to another account: " + did));
        }
        secrets.put(ACCESS_JWT, access);
        secrets.put(REFRESH_JWT, refresh);
        credentials.renewal().store(Map.copyOf(secrets));
        return true;
    }

    private boolean expiresSoon(String jwt) {
        return expiresSoon(jwt, REFRESH_MARGIN);
    }

    /** Whether a token ends within the margin; a token that cannot be read counts as ended. */
    private boolean expiresSoon(String jwt, Duration margin) {
        Instant expiry = expiryOf(jwt);
        return expiry == null || expiry.minus(margin).isBefore(clock.instant());
    }

    /** The exp claim of a JWT, or null. */
    static Instant expiryOf(String jwt) {
        JsonNode exp = claim(jwt, "exp");
        return exp != null && exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
    }

    /** A claim of a JWT's payload (read, not verified: only the PDS can verify it), or null. */
    static JsonNode claim(String jwt, String name) {
        if (jwt == null) {
            return null;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return XrpcClient.JSON
                    .readTree(Base64.getUrlDecoder().decode(parts[1]))
                    .get(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
