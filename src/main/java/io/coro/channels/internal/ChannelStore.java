package io.coro.channels.internal;

import io.coro.channels.ChannelRef;
import io.coro.channels.ChannelStatus;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.Publishes;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The channel table. Secrets stay sealed here; {@link ChannelService} opens them for a call. */
@Repository
class ChannelStore {

    /** A stored channel: what people see, its rule for publishers, and its sealed secrets. */
    record Row(
            ChannelRef ref,
            String serviceUrl,
            String accountId,
            String sealedSecrets,
            String publishers,
            String publisherArea,
            UUID connectedBy,
            Instant connectedAt,
            Instant statusSince) {}

    private static final String COLUMNS = """
            id, workspace_id, network, plan_channel, service_url, account_id, handle, display_name, profile_url,
            secrets, capabilities::text AS capabilities, status, status_reason, status_since, paused, publishers,
            publisher_area, posting_times, visibility, connected_by, connected_at""";

    private final JdbcClient jdbc;
    private final NetworkRegistry networks;

    ChannelStore(JdbcClient jdbc, NetworkRegistry networks) {
        this.jdbc = jdbc;
        this.networks = networks;
    }

    List<Row> all(UUID workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM channel WHERE workspace_id = ? AND status <> 'DISCONNECTED'
                        ORDER BY lower(plan_channel), lower(handle)""")
                .param(workspaceId)
                .query(mapper())
                .list();
    }

    Optional<Row> find(UUID workspaceId, UUID channelId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM channel WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, channelId)
                .query(mapper())
                .optional();
    }

    Optional<Row> findByAccount(UUID workspaceId, String network, String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM channel WHERE workspace_id = ? AND network = ? AND account_id = ?")
                .params(workspaceId, network, accountId)
                .query(mapper())
                .optional();
    }

    List<Row> forPlanChannel(UUID workspaceId, String planChannel) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM channel WHERE workspace_id = ? AND lower(plan_channel) = lower(?)
                          AND status <> 'DISCONNECTED' ORDER BY connected_at""")
                .params(workspaceId, planChannel.strip())
                .query(mapper())
                .list();
    }

    void insert(
            UUID id,
            UUID workspaceId,
            String network,
            String planChannel,
            Connection connection,
            String sealedSecrets,
            UUID by,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO channel (id, workspace_id, network, plan_channel, service_url, account_id, handle,
                                             display_name, profile_url, secrets, capabilities, status_since,
                                             connected_by, connected_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(
                        id,
                        workspaceId,
                        network,
                        planChannel,
                        connection.serviceUrl(),
                        connection.accountId(),
                        connection.handle(),
                        connection.displayName() == null ? "" : connection.displayName(),
                        connection.profileUrl(),
                        sealedSecrets,
                        CapabilitiesJson.write(connection.capabilities()),
                        Timestamp.from(now),
                        by,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** A new working connection for an existing channel: it is active again. */
    void reconnect(UUID workspaceId, UUID id, Connection connection, String sealedSecrets, UUID by, Instant now) {
        jdbc.sql("""
                        UPDATE channel SET service_url = ?, handle = ?, display_name = ?, profile_url = ?, secrets = ?,
                               capabilities = ?::jsonb, status = 'ACTIVE', status_reason = NULL, status_since = ?,
                               connected_by = ?, connected_at = ?, updated_at = ?
                         WHERE workspace_id = ? AND id = ?""")
                .params(
                        connection.serviceUrl(),
                        connection.handle(),
                        connection.displayName() == null ? "" : connection.displayName(),
                        connection.profileUrl(),
                        sealedSecrets,
                        CapabilitiesJson.write(connection.capabilities()),
                        Timestamp.from(now),
                        by,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        workspaceId,
                        id)
                .update();
    }

    void updateSecrets(UUID workspaceId, UUID id, String sealedSecrets, Instant now) {
        jdbc.sql("UPDATE channel SET secrets = ?, updated_at = ? WHERE workspace_id = ? AND id = ?")
                .params(sealedSecrets, Timestamp.from(now), workspaceId, id)
                .update();
    }

    /** Sets the status; true when it changed (so that a notice goes out once). */
    boolean status(UUID workspaceId, UUID id, ChannelStatus status, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE channel SET status = ?, status_reason = ?, status_since = ?, updated_at = ?
                         WHERE workspace_id = ? AND id = ? AND status <> ?""")
                        .params(
                                status.name(),
                                reason,
                                Timestamp.from(now),
                                Timestamp.from(now),
                                workspaceId,
                                id,
                                status.name())
                        .update()
                > 0;
    }

    boolean paused(UUID workspaceId, UUID id, boolean paused, Instant now) {
        return jdbc.sql(
                                "UPDATE channel SET paused = ?, updated_at = ? WHERE workspace_id = ? AND id = ? AND paused <> ?")
                        .params(paused, Timestamp.from(now), workspaceId, id, paused)
                        .update()
                > 0;
    }

    void settings(
            UUID workspaceId,
            UUID id,
            String planChannel,
            String publishers,
            String publisherArea,
            List<String> postingTimes,
            Publishes.Visibility visibility,
            List<UUID> people,
            Instant now) {
        jdbc.sql("""
                        UPDATE channel SET plan_channel = ?, publishers = ?, publisher_area = ?, posting_times = ?,
                               visibility = ?, updated_at = ?
                         WHERE workspace_id = ? AND id = ?""")
                .params(
                        planChannel,
                        publishers,
                        publisherArea,
                        postingTimes.toArray(String[]::new),
                        visibility.name(),
                        Timestamp.from(now),
                        workspaceId,
                        id)
                .update();
        jdbc.sql("DELETE FROM channel_publisher WHERE channel_id = ?").param(id).update();
        for (UUID person : people) {
            jdbc.sql("""
                            INSERT INTO channel_publisher (channel_id, user_id)
                            SELECT ?, user_id FROM membership WHERE workspace_id = ? AND user_id = ?""").params(id, workspaceId, person).update();
        }
    }

    List<UUID> people(UUID channelId) {
        return jdbc.sql("SELECT user_id FROM channel_publisher WHERE channel_id = ?")
                .param(channelId)
                .query(UUID.class)
                .list();
    }

    private RowMapper<Row> mapper() {
        return (rs, n) -> {
            String network = rs.getString("network");
            ChannelRef ref = new ChannelRef(
                    rs.getObject("id", UUID.class),
                    rs.getObject("workspace_id", UUID.class),
                    network,
                    networks.find(network).map(it -> it.displayName()).orElse(network),
                    rs.getString("plan_channel"),
                    rs.getString("handle"),
                    rs.getString("display_name"),
                    rs.getString("profile_url"),
                    ChannelStatus.valueOf(rs.getString("status")),
                    rs.getString("status_reason"),
                    rs.getBoolean("paused"),
                    Publishes.Visibility.valueOf(rs.getString("visibility")),
                    strings(rs, "posting_times"),
                    CapabilitiesJson.read(rs.getString("capabilities")));
            return new Row(
                    ref,
                    rs.getString("service_url"),
                    rs.getString("account_id"),
                    rs.getString("secrets"),
                    rs.getString("publishers"),
                    rs.getString("publisher_area"),
                    rs.getObject("connected_by", UUID.class),
                    rs.getTimestamp("connected_at").toInstant(),
                    rs.getTimestamp("status_since").toInstant());
        };
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
