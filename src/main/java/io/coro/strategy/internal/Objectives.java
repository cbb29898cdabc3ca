package io.coro.strategy.internal;

import io.coro.strategy.Kpi;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objectives and the KPI values that measure them. */
@Repository
public class Objectives {

    private final JdbcClient jdbc;

    Objectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Objective(
            UUID id,
            String name,
            Kpi kpi,
            String channel,
            BigDecimal baseline,
            LocalDate baselineOn,
            UUID auditId,
            BigDecimal target,
            LocalDate deadline,
            UUID ownerId,
            String ownerName,
            List<UUID> pillarIds,
            String status,
            Instant createdAt) {

        public String channelKey() {
            return channel == null ? "" : channel;
        }
    }

    public record Measurement(LocalDate on, BigDecimal value, String source) {}

    private static final String SELECT = """
            SELECT o.id, o.name, o.kpi, o.channel, o.baseline_value, o.baseline_on, o.audit_id, o.target_value,
                   o.deadline, o.owner_id, u.display_name, o.pillar_ids, o.status, o.created_at
              FROM objective o LEFT JOIN app_user u ON u.id = o.owner_id
            """;

    public UUID create(UUID workspaceId, Objective o, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO objective (id, workspace_id, name, kpi, channel, baseline_value, baseline_on, audit_id,
                                               target_value, deadline, owner_id, pillar_ids, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?)""")
                .params(
                        id,
                        workspaceId,
                        o.name(),
                        o.kpi().name(),
                        o.channel(),
                        o.baseline(),
                        o.baselineOn() == null ? null : Date.valueOf(o.baselineOn()),
                        o.auditId(),
                        o.target(),
                        Date.valueOf(o.deadline()),
                        o.ownerId(),
                        "{"
                                + String.join(
                                        ",",
                                        o.pillarIds().stream()
                                                .map(UUID::toString)
                                                .toList()) + "}",
                        Timestamp.from(Instant.now()),
                        by)
                .update();
        return id;
    }

    public List<Objective> all(UUID workspaceId) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = ? ORDER BY o.status, o.deadline")
                .param(workspaceId)
                .query(Objectives::map)
                .list();
    }

    public Optional<Objective> find(UUID workspaceId, UUID id) {
        return jdbc.sql(SELECT + " WHERE o.workspace_id = ? AND o.id = ?")
                .params(workspaceId, id)
                .query(Objectives::map)
                .optional();
    }

    public void setStatus(UUID workspaceId, UUID id, String status) {
        jdbc.sql("UPDATE objective SET status = ? WHERE workspace_id = ? AND id = ?")
                .params(status, workspaceId, id)
                .update();
    }

    /** Records a KPI value (an objective's own, for the manual KPI); one value per day and series. */
    public void record(
            UUID workspaceId,
            Kpi kpi,
            String channel,
            UUID objectiveId,
            LocalDate on,
            BigDecimal value,
            String source) {
        jdbc.sql("""
                        DELETE FROM kpi_value WHERE workspace_id = ? AND kpi = ? AND channel = ? AND measured_on = ?
                           AND objective_id IS NOT DISTINCT FROM ?""")
                .params(workspaceId, kpi.name(), channel, Date.valueOf(on), objectiveId)
                .update();
        jdbc.sql("""
                        INSERT INTO kpi_value (workspace_id, kpi, channel, measured_on, value, source, objective_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, kpi.name(), channel, Date.valueOf(on), value, source, objectiveId)
                .update();
    }

    /** The measurements of a KPI series, oldest first. */
    public List<Measurement> series(UUID workspaceId, Kpi kpi, String channel, UUID objectiveId) {
        return jdbc.sql("""
                        SELECT measured_on, value, source FROM kpi_value
                         WHERE workspace_id = ? AND kpi = ? AND channel = ? AND objective_id IS NOT DISTINCT FROM ?
                         ORDER BY measured_on""")
                .params(workspaceId, kpi.name(), channel, kpi == Kpi.MANUAL ? objectiveId : null)
                .query((rs, n) -> new Measurement(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3)))
                .list();
    }

    private static Objective map(ResultSet rs, int n) throws SQLException {
        Array pillars = rs.getArray(12);
        Date baselineOn = rs.getDate(6);
        return new Objective(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                Kpi.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getBigDecimal(5),
                baselineOn == null ? null : baselineOn.toLocalDate(),
                rs.getObject(7, UUID.class),
                rs.getBigDecimal(8),
                rs.getDate(9).toLocalDate(),
                rs.getObject(10, UUID.class),
                rs.getString(11),
                pillars == null ? List.of() : Arrays.asList((UUID[]) pillars.getArray()),
                rs.getString(13),
                rs.getTimestamp(14).toInstant());
    }
}
