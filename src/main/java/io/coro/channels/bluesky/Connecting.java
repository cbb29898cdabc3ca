package io.coro.channels.bluesky;

import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectionFailed.Kind;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Signing in to a PDS with a handle (or DID) and an app password, and reading who the account is. */
final class Connecting {

    /** The scope of a session opened with the account's own password rather than an app password. */
    private static final String MAIN_PASSWORD_SCOPE = "com.atproto.access";

    private final XrpcClient xrpc;
    private final Clock clock;

    Connecting(XrpcClient xrpc, Clock clock) {
        this.xrpc = xrpc;
        this.clock = clock;
    }

    Connection connect(String serviceUrl, String identifier, String password, Bluesky network) throws ConnectionFailed {
        String id = identifier == null ? "" : identifier.strip().replaceFirst("^@", "");
        if (id.isEmpty() || password == null || password.isBlank()) {
            throw new ConnectionFailed(Kind.BAD_CREDENTIALS, "a handle and an app password are needed");
        }
        ObjectNode input =
                XrpcClient.JSON.createObjectNode().put("identifier", id).put("password", password.strip());
        XrpcResponse session = call(() -> xrpc.procedure(serviceUrl, "com.atproto.server.createSession", input, null));
        String did = session.text("did");
        String handle = session.text("handle");
        String accessJwt = session.text(Session.ACCESS_JWT);
        String refreshJwt = session.text(Session.REFRESH_JWT);
        if (!session.ok()) {
            throw failure(session);
        }
        if (did == null || accessJwt == null || refreshJwt == null) {
            throw new ConnectionFailed(Kind.NOT_A_SERVER, "the server answered, but not with a Bluesky session");
        }
        JsonNode scope = Session.claim(accessJwt, "scope");
        if (scope != null && MAIN_PASSWORD_SCOPE.equals(scope.asString(""))) {
            signOut(serviceUrl, refreshJwt);
            throw new ConnectionFailed(
                    Kind.BAD_CREDENTIALS,
                    "this is the account's own password: create an app password (Settings, Privacy and security,"
                            + " App passwords) and use that");
        }
        JsonNode active = session.body().get("active");
        if (active != null && active.isBoolean() && !active.asBoolean()) {
            throw new ConnectionFailed(
                    Kind.REFUSED,
                    "the account is not active: "
                            + session.body().path("status").asString("inactive"));
        }
        if (handle == null || handle.equals("handle.invalid")) {
            handle = did;
        }
        return new Connection(
                serviceUrl,
                did,
                handle,
                displayName(serviceUrl, did, accessJwt, handle),
                network.profileUrl(serviceUrl, did, handle),
                Map.of(
                        Session.APP_PASSWORD, password.strip(),
                        Session.ACCESS_JWT, accessJwt,
                        Session.REFRESH_JWT, refreshJwt),
                network.capabilities());
    }

    /** The profile's display name, read through the PDS (which asks its AppView); the handle when there is none. */
    private String displayName(String serviceUrl, String did, String accessJwt, String handle) {
        try {
            XrpcResponse profile = xrpc.query(serviceUrl, "app.bsky.actor.getProfile", Map.of("actor", did), accessJwt);
            String name = profile.ok() ? profile.text("displayName") : null;
            return name == null || name.isBlank() ? handle : name.strip();
        } catch (XrpcClient.Unreachable e) {
            return handle;
        }
    }

    private void signOut(String serviceUrl, String refreshJwt) {
        try {
            xrpc.procedure(serviceUrl, "com.atproto.server.deleteSession", null, refreshJwt);
        } catch (XrpcClient.Unreachable ignored) {
            // the session expires by itself
        }
    }

    private ConnectionFailed failure(XrpcResponse response) {
        int status = response.status();
        if (status == 429) {
            return new ConnectionFailed(
                    Kind.RATE_LIMITED,
                    response.message() + " (try again in "
                            + response.retryAfter(clock.instant()).toSeconds() + " s)");
        }
        if (!response.isJson()) {
            return status >= 500
                    ? new ConnectionFailed(Kind.UNREACHABLE, "the server answered HTTP " + status)
                    : new ConnectionFailed(
                            Kind.NOT_A_SERVER,
                            status >= 300 && status < 400
                                    ? "the address redirects to "
                                            + response.headers().getFirst("Location")
                                    : "the server answered HTTP " + status + ", but not as an AT Protocol server");
        }
        if (response.error() == null) {
            return new ConnectionFailed(Kind.NOT_A_SERVER, "the server answered HTTP " + status + " without XRPC");
        }
        if (status == 401) {
            return new ConnectionFailed(Kind.BAD_CREDENTIALS, response.message());
        }
        return new ConnectionFailed(Kind.REFUSED, response.message());
    }

    private static XrpcResponse call(java.util.function.Supplier<XrpcResponse> request) throws ConnectionFailed {
        try {
            return request.get();
        } catch (XrpcClient.Unreachable e) {
            throw new ConnectionFailed(Kind.UNREACHABLE, e.getMessage(), e);
        }
    }
}
