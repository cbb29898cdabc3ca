package io.coro.channels.internal;

import io.coro.channels.ChannelEvents;
import io.coro.channels.ChannelStatus;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth;
import io.coro.channels.spi.ConnectsWithPassword;
import io.coro.workspace.CurrentMember;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connecting an account (app password, or OAuth with Coro registered once per server) and reconnecting it. Network
 * calls happen outside transactions; only what they return is written, sealed.
 */
@Service
public class ChannelConnections {

    /** How long a person has to allow Coro on the network's page. */
    static final Duration AUTHORIZATION_WINDOW = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelService channels;
    private final ChannelStore store;
    private final NetworkRegistry networks;
    private final CredentialVault vault;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ChannelConnections(
            ChannelService channels,
            ChannelStore store,
            NetworkRegistry networks,
            CredentialVault vault,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Optional<Clock> clock) {
        this.channels = channels;
        this.store = store;
        this.networks = networks;
        this.vault = vault;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Signs in with an app password and keeps the channel (the same account again: reconnects it). */
    public UUID connectWithPassword(
            CurrentMember me, String networkKey, String serviceUrl, String identifier, String password)
            throws ConnectionFailed {
        ChannelService.requireCoordinator(me);
        ConnectsWithPassword network = networks.find(networkKey, ConnectsWithPassword.class)
                .orElseThrow(() -> new ChannelProblem("network", "channels.network.unknown"));
        if (identifier == null || identifier.isBlank() || password == null || password.isBlank()) {
            throw new ChannelProblem("identifier", "channels.connect.missing");
        }
        String service = serviceUrl == null || serviceUrl.isBlank() ? network.defaultServiceUrl() : serviceUrl.strip();
        Connection connection = network.connect(service, identifier.strip(), password.strip());
        return keep(me, network.key(), network.displayName(), connection);
    }

    /** Registers Coro on the server when needed and returns the server's authorization page to send the person to. */
    public URI startAuthorization(CurrentMember me, String networkKey, String serverUrl, String redirectUri)
            throws ConnectionFailed {
        ChannelService.requireCoordinator(me);
        ConnectsWithOAuth network = networks.find(networkKey, ConnectsWithOAuth.class)
                .orElseThrow(() -> new ChannelProblem("network", "channels.network.unknown"));
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new ChannelProblem("serverUrl", "channels.connect.serverMissing");
        }
        ConnectsWithOAuth.OAuthClient client = client(network, serverUrl.strip(), redirectUri);
        String state = HexFormat.of().formatHex(randomBytes(24));
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM channel_oauth_state WHERE created_at < ?")
                .param(Timestamp.from(now.minus(AUTHORIZATION_WINDOW)))
                .update();
        jdbc.sql("""
                        INSERT INTO channel_oauth_state (state, workspace_id, user_id, network, server_url, redirect_uri,
                                                         created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        state,
                        me.workspaceId(),
                        me.userId(),
                        network.key(),
                        client.serverUrl(),
                        redirectUri,
                        Timestamp.from(now))
                .update();
        return network.authorizationUrl(client, redirectUri, state);
    }

    /** The server sent the person back with a code: exchange it and keep the channel. */
    public UUID completeAuthorization(CurrentMember me, String networkKey, String state, String code)
            throws ConnectionFailed {
        ChannelService.requireCoordinator(me);
        ConnectsWithOAuth network = networks.find(networkKey, ConnectsWithOAuth.class)
                .orElseThrow(() -> new ChannelProblem("network", "channels.network.unknown"));
        record Pending(String serverUrl, String redirectUri) {}
        Pending pending = jdbc.sql("""
                        DELETE FROM channel_oauth_state
                         WHERE state = ? AND workspace_id = ? AND user_id = ? AND network = ? AND created_at >= ?
                        RETURNING server_url, redirect_uri""")
                .params(
                        state == null ? "" : state,
                        me.workspaceId(),
                        me.userId(),
                        network.key(),
                        Timestamp.from(clock.instant().minus(AUTHORIZATION_WINDOW)))
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new ChannelProblem("state", "channels.connect.stateExpired"));
        if (code == null || code.isBlank()) {
            throw new ChannelProblem("code", "channels.connect.denied");
        }
        ConnectsWithOAuth.OAuthClient client = client(network, pending.serverUrl(), pending.redirectUri());
        Connection connection = network.complete(client, pending.redirectUri(), code);
        return keep(me, network.key(), network.displayName(), connection);
    }

    private ConnectsWithOAuth.OAuthClient client(ConnectsWithOAuth network, String serverUrl, String redirectUri)
            throws ConnectionFailed {
        String normalised = (serverUrl.contains("://") ? serverUrl : "https://" + serverUrl).replaceAll("/+$", "");
        Optional<ConnectsWithOAuth.OAuthClient> known = jdbc.sql("""
                        SELECT client_id, client_secret FROM channel_oauth_client
                         WHERE network = ? AND server_url = ? AND redirect_uri = ?""")
                .params(network.key(), normalised, redirectUri)
                .query((rs, n) -> new ConnectsWithOAuth.OAuthClient(
                        normalised,
                        rs.getString(1),
                        vault.open(rs.getString(2), oauthAad(network.key(), rs.getString(1)))))
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        ConnectsWithOAuth.OAuthClient registered = network.register(normalised, redirectUri);
        jdbc.sql("""
                        INSERT INTO channel_oauth_client (network, server_url, redirect_uri, client_id, client_secret,
                                                          created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (network, server_url, redirect_uri) DO UPDATE
                           SET client_id = EXCLUDED.client_id, client_secret = EXCLUDED.client_secret""")
                .params(
                        network.key(),
                        normalised,
                        redirectUri,
                        registered.clientId(),
                        vault.seal(registered.clientSecret(), oauthAad(network.key(), registered.clientId())),
                        Timestamp.from(clock.instant()))
                .update();
        return new ConnectsWithOAuth.OAuthClient(normalised, registered.clientId(), registered.clientSecret());
    }

    private static String oauthAad(String network, String clientId) {
        return "oauth:" + network + ":" + clientId;
    }

    /** Keeps a working connection: a new channel, or the same account's channel connected again. */
    UUID keep(CurrentMember me, String networkKey, String networkName, Connection connection) {
        return tx.execute(status -> keepInTransaction(me, networkKey, networkName, connection));
    }

    private UUID keepInTransaction(CurrentMember me, String networkKey, String networkName, Connection connection) {
        UUID ws = me.workspaceId();
        Instant now = clock.instant();
        Optional<ChannelStore.Row> existing = store.findByAccount(ws, networkKey, connection.accountId());
        if (existing.isPresent()) {
            UUID id = existing.get().ref().id();
            boolean wasBroken = existing.get().ref().status() != ChannelStatus.ACTIVE;
            store.reconnect(
                    ws, id, connection, SecretsCodec.seal(vault, ws, id, connection.secrets()), me.userId(), now);
            if (wasBroken) {
                events.publishEvent(new ChannelEvents.ChannelReconnected(ws, id, me.userId()));
            }
            return id;
        }
        UUID id = UUID.randomUUID();
        store.insert(
                id,
                ws,
                networkKey,
                networkName,
                connection,
                SecretsCodec.seal(vault, ws, id, connection.secrets()),
                me.userId(),
                now);
        events.publishEvent(new ChannelEvents.ChannelConnected(ws, id, networkKey, me.userId()));
        return id;
    }

    /** Signs in again with a new app password; it must be the same account. */
    public void reconnectWithPassword(CurrentMember me, UUID channelId, String identifier, String password)
            throws ConnectionFailed {
        ChannelService.requireCoordinator(me);
        ChannelStore.Row row = channels.row(me.workspaceId(), channelId);
        ConnectsWithPassword network = networks.find(row.ref().network(), ConnectsWithPassword.class)
                .orElseThrow(() -> new ChannelProblem("network", "channels.network.unknown"));
        if (password == null || password.isBlank()) {
            throw new ChannelProblem("password", "channels.connect.missing");
        }
        String who = identifier == null || identifier.isBlank() ? row.accountId() : identifier.strip();
        Connection connection = network.connect(row.serviceUrl(), who, password.strip());
        if (!connection.accountId().equals(row.accountId())) {
            throw new ChannelProblem(
                    "identifier", "channels.reconnect.otherAccount", row.ref().handle());
        }
        keep(me, network.key(), network.displayName(), connection);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
