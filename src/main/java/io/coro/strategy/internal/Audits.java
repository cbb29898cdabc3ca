package io.coro.strategy.internal;

import io.coro.strategy.Kpi.AuditMetric;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Baseline audits: dated snapshots of each channel's metrics, each value with its source. */
@Repository
public class Audits {

    private final JdbcClient jdbc;

    Audits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Value(String channel, AuditMetric metric, BigDecimal value, String source) {}

    public record Audit(UUID id, LocalDate takenOn, String note, String createdBy, List<Value> values) {

        public Optional<BigDecimal> value(String channel, AuditMetric metric) {
            return values.stream()
                    .filter(v -> v.channel().equals(channel) && v.metric() == metric)
                    .map(Value::value)
                    .findFirst();
        }

        public List<String> channels() {
            return values.stream().map(Value::channel).distinct().sorted().toList();
        }
    }

    public UUID create(UUID workspaceId, LocalDate takenOn, String note, List<Value> values, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO baseline_audit (id, workspace_id, taken_on, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, workspaceId, Date.valueOf(takenOn), note, by, Timestamp.from(Instant.now()))
                .update();
        for (Value v : values) {
            jdbc.sql(
                            "INSERT INTO audit_value (audit_id, workspace_id, channel, metric, value, source) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, workspaceId, v.channel(), v.metric().name(), v.value(), v.source())
                    .update();
        }
        return id;
    }

    /** All audits, newest first, with their values. */
    public List<Audit> all(UUID workspaceId) {
        Map<UUID, List<Value>> values = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT audit_id, channel, metric, value, source FROM audit_value WHERE workspace_id = ? ORDER BY channel, metric")
                .param(workspaceId)
                .query((rs, n) -> {
                    values.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Value(
                                    rs.getString(2),
                                    AuditMetric.valueOf(rs.getString(3)),
                                    rs.getBigDecimal(4).stripTrailingZeros(),
                                    rs.getString(5)));
                    return null;
                })
                .list();
        return jdbc.sql("""
                        SELECT a.id, a.taken_on, a.note, u.display_name FROM baseline_audit a
                          LEFT JOIN app_user u ON u.id = a.created_by
                         WHERE a.workspace_id = ? ORDER BY a.taken_on DESC, a.created_at DESC""")
                .param(workspaceId)
                .query((rs, n) -> new Audit(
                        rs.getObject(1, UUID.class),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getString(4),
                        values.getOrDefault(rs.getObject(1, UUID.class), List.of())))
                .list();
    }

    public Optional<Audit> find(UUID workspaceId, UUID id) {
        return all(workspaceId).stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
