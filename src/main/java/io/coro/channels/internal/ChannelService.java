package io.coro.channels.internal;

import io.coro.channels.ChannelEvents;
import io.coro.channels.ChannelRef;
import io.coro.channels.ChannelStatus;
import io.coro.channels.Channels;
import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithOAuth;
import io.coro.channels.spi.ConnectsWithPassword;
import io.coro.channels.spi.Publishes;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting, reconnecting and setting up channels, and the module's facade. Network calls happen outside
 * transactions; only what they return is written.
 */
@Service
public class ChannelService implements Channels {

    /** How long a person has to allow Coro on the network's page. */
    static final Duration AUTHORIZATION_WINDOW = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelStore store;
    private final NetworkRegistry networks;
    private final CredentialVault vault;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ChannelMailer mailer;
    private final Team team;
    private final io.coro.workspace.Workspaces workspaces;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ChannelService(
            org.springframework.transaction.support.TransactionTemplate tx,
            ChannelStore store,
            NetworkRegistry networks,
            CredentialVault vault,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            ChannelMailer mailer,
            Team team,
            io.coro.workspace.Workspaces workspaces,
            Optional<Clock> clock) {
        this.workspaces = workspaces;
        this.tx = tx;
        this.store = store;
        this.networks = networks;
        this.vault = vault;
        this.jdbc = jdbc;
        this.events = events;
        this.mailer = mailer;
        this.team = team;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- connecting

    /** Signs in with an app password and keeps the channel (the same account again: reconnects it). */
    public UUID connectWithPassword(
            CurrentMember me, String networkKey, String serviceUrl, String identifier, String password)
            throws ConnectionFailed {
        requireCoordinator(me);
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
        requireCoordinator(me);
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
        requireCoordinator(me);
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

    // ---- settings

    record Settings(
            String planChannel,
            String publishers,
            String publisherArea,
            List<UUID> people,
            List<String> postingTimes,
            Publishes.Visibility visibility) {}

    @Transactional
    public void settings(
            CurrentMember me,
            UUID channelId,
            String planChannel,
            String publishers,
            String publisherArea,
            List<UUID> people,
            List<String> postingTimes,
            Publishes.Visibility visibility) {
        settings(me, channelId, new Settings(planChannel, publishers, publisherArea, people, postingTimes, visibility));
    }

    @Transactional
    void settings(CurrentMember me, UUID channelId, Settings settings) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        String planChannel =
                settings.planChannel() == null ? "" : settings.planChannel().strip();
        if (planChannel.isEmpty() || planChannel.length() > 40) {
            throw new ChannelProblem("planChannel", "channels.settings.planChannel.invalid");
        }
        String rule = settings.publishers() == null ? "MEMBERS" : settings.publishers();
        if (!List.of("MEMBERS", "AREA", "PEOPLE").contains(rule)) {
            throw new ChannelProblem("publishers", "channels.settings.publishers.invalid");
        }
        String area = settings.publisherArea() == null
                ? null
                : settings.publisherArea().strip();
        if ("AREA".equals(rule) && (area == null || area.isEmpty())) {
            throw new ChannelProblem("publisherArea", "channels.settings.area.missing");
        }
        List<UUID> people = settings.people() == null ? List.of() : settings.people();
        if ("PEOPLE".equals(rule) && people.isEmpty()) {
            throw new ChannelProblem("people", "channels.settings.people.missing");
        }
        List<String> times = times(settings.postingTimes());
        store.settings(
                me.workspaceId(),
                row.ref().id(),
                planChannel,
                rule,
                "AREA".equals(rule) ? area : null,
                times,
                settings.visibility() == null ? Publishes.Visibility.PUBLIC : settings.visibility(),
                "PEOPLE".equals(rule) ? people : List.of(),
                clock.instant());
    }

    /** Times of day separated by commas, spaces or lines (09:00, 18:30): sorted, without repeats, at most 12. */
    static List<String> times(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> times = raw.stream()
                .flatMap(value -> java.util.Arrays.stream(value.split("[,;\\s]+")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> {
                    try {
                        return LocalTime.parse(value.length() == 4 ? "0" + value : value);
                    } catch (DateTimeParseException e) {
                        throw new ChannelProblem("postingTimes", "channels.settings.times.invalid", value);
                    }
                })
                .distinct()
                .sorted()
                .map(time -> String.format("%02d:%02d", time.getHour(), time.getMinute()))
                .toList();
        if (times.size() > 12) {
            throw new ChannelProblem("postingTimes", "channels.settings.times.tooMany");
        }
        return times;
    }

    @Transactional
    public void pause(CurrentMember me, UUID channelId, boolean paused) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        if (store.paused(me.workspaceId(), row.ref().id(), paused, clock.instant())) {
            events.publishEvent(
                    paused
                            ? new ChannelEvents.ChannelPaused(me.workspaceId(), channelId, me.userId())
                            : new ChannelEvents.ChannelResumed(me.workspaceId(), channelId, me.userId()));
        }
    }

    @Transactional
    public void disconnect(CurrentMember me, UUID channelId) {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
        store.status(me.workspaceId(), row.ref().id(), ChannelStatus.DISCONNECTED, null, clock.instant());
        store.updateSecrets(
                me.workspaceId(),
                row.ref().id(),
                SecretsCodec.seal(vault, me.workspaceId(), channelId, Map.of()),
                clock.instant());
        events.publishEvent(new ChannelEvents.ChannelDisconnected(me.workspaceId(), channelId, me.userId()));
    }

    /** A channel as its page shows it. */
    public record ChannelView(ChannelRef ref, String serviceUrl, String publishers, String publisherArea) {}

    public List<ChannelRef> channels(UUID workspaceId) {
        return all(workspaceId);
    }

    public Optional<ChannelView> channel(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .map(row -> new ChannelView(row.ref(), row.serviceUrl(), row.publishers(), row.publisherArea()));
    }

    /** Signs in again with a new app password; it must be the same account. */
    public void reconnectWithPassword(CurrentMember me, UUID channelId, String identifier, String password)
            throws ConnectionFailed {
        requireCoordinator(me);
        ChannelStore.Row row = row(me.workspaceId(), channelId);
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

    ChannelStore.Row row(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .orElseThrow(() -> new ChannelProblem("channel", "channels.notFound"));
    }

    public List<UUID> people(UUID channelId) {
        return store.people(channelId);
    }

    private static void requireCoordinator(CurrentMember me) {
        if (!me.hasWorkspace() || !me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("Only coordinators and owners manage channels");
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    // ---- the facade

    @Override
    public List<ChannelRef> all(UUID workspaceId) {
        return store.all(workspaceId).stream().map(ChannelStore.Row::ref).toList();
    }

    @Override
    public Optional<ChannelRef> find(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId).map(ChannelStore.Row::ref);
    }

    @Override
    public List<ChannelRef> forPlanChannel(UUID workspaceId, String planChannel) {
        return store.forPlanChannel(workspaceId, planChannel).stream()
                .map(ChannelStore.Row::ref)
                .toList();
    }

    @Override
    public Optional<Publisher> publisher(UUID workspaceId, UUID channelId) {
        return store.find(workspaceId, channelId)
                .filter(row -> row.ref().status() != ChannelStatus.DISCONNECTED)
                .flatMap(row -> networks.find(row.ref().network(), Publishes.class)
                        .map(network -> new Publisher(
                                row.ref(),
                                network,
                                new ChannelCredentials(
                                        row.serviceUrl(),
                                        row.accountId(),
                                        SecretsCodec.open(vault, workspaceId, channelId, row.sealedSecrets()),
                                        renewed -> store.updateSecrets(
                                                workspaceId,
                                                channelId,
                                                SecretsCodec.seal(vault, workspaceId, channelId, renewed),
                                                clock.instant())),
                                row.ref().capabilities())));
    }

    @Override
    @Transactional
    public void needsReconnection(UUID workspaceId, UUID channelId, String reason) {
        String shortReason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        if (store.status(workspaceId, channelId, ChannelStatus.NEEDS_RECONNECTION, shortReason, clock.instant())) {
            events.publishEvent(new ChannelEvents.ChannelNeedsReconnection(workspaceId, channelId, shortReason));
            store.find(workspaceId, channelId).ifPresent(mailer::needsReconnection);
        }
    }

    @Override
    public boolean mayPublish(UUID workspaceId, UUID channelId, UUID userId) {
        Optional<ChannelStore.Row> found = store.find(workspaceId, channelId);
        if (found.isEmpty() || userId == null) {
            return false;
        }
        ChannelStore.Row row = found.get();
        boolean coordinator = workspaces.members(workspaceId).stream()
                .anyMatch(m -> m.userId().equals(userId) && m.role().includes(WorkspaceRole.COORDINATOR));
        if (coordinator) {
            return true;
        }
        return switch (row.publishers()) {
            case "AREA" -> team.holdsArea(workspaceId, userId, row.publisherArea());
            case "PEOPLE" -> store.people(channelId).contains(userId);
            default -> true;
        };
    }
}
