package io.coro.plan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recurring slots of each workspace. */
@Repository
public class Slots {

    private static final String COLUMNS =
            "id, workspace_id, weekdays, time_of_day, every_weeks, starts_on, channel, pillar_id, note, active";

    private final JdbcClient jdbc;

    Slots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Slot> of(UUID workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_slot WHERE workspace_id = ? ORDER BY created_at, id")
                .param(workspaceId)
                .query(Slots::map)
                .list();
    }

    public Optional<Slot> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_slot WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .query(Slots::map)
                .optional();
    }

    /** Active slots of every workspace, for the daily generation. */
    List<Slot> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_slot WHERE active ORDER BY workspace_id")
                .query(Slots::map)
                .list();
    }

    void save(Slot slot, UUID by) {
        Integer[] days =
                slot.weekdays().stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new);
        String literal =
                "{" + java.util.Arrays.stream(days).map(String::valueOf).collect(Collectors.joining(",")) + "}";
        int updated = jdbc.sql("""
                        UPDATE plan_slot SET weekdays = ?::int[], time_of_day = ?, every_weeks = ?, starts_on = ?,
                               channel = ?, pillar_id = ?, note = ?, active = ?
                         WHERE workspace_id = ? AND id = ?""")
                .params(
                        literal,
                        slot.time(),
                        slot.everyWeeks(),
                        slot.startsOn(),
                        slot.channel(),
                        slot.pillarId(),
                        slot.note(),
                        slot.active(),
                        slot.workspaceId(),
                        slot.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO plan_slot (id, workspace_id, weekdays, time_of_day, every_weeks, starts_on, channel,
                                                   pillar_id, note, active, created_by, created_at)
                            VALUES (?, ?, ?::int[], ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            slot.id(),
                            slot.workspaceId(),
                            literal,
                            slot.time(),
                            slot.everyWeeks(),
                            slot.startsOn(),
                            slot.channel(),
                            slot.pillarId(),
                            slot.note(),
                            slot.active(),
                            by,
                            Timestamp.from(Instant.now()))
                    .update();
        }
    }

    /** Removes the slot; its future ideas that nobody started go with it, everything else stays. */
    boolean delete(UUID workspaceId, UUID id) {
        jdbc.sql("""
                        DELETE FROM plan_item WHERE workspace_id = ? AND slot_id = ? AND status = 'IDEA'
                           AND body = '' AND planned_at > now()""").params(workspaceId, id).update();
        return jdbc.sql("DELETE FROM plan_slot WHERE workspace_id = ? AND id = ?")
                        .params(workspaceId, id)
                        .update()
                == 1;
    }

    static Slot map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("weekdays");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Integer d : (Integer[]) array.getArray()) {
            days.add(DayOfWeek.of(d));
        }
        return new Slot(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                days,
                rs.getTime("time_of_day").toLocalTime(),
                rs.getInt("every_weeks"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getString("channel"),
                rs.getObject("pillar_id", UUID.class),
                rs.getString("note"),
                rs.getBoolean("active"));
    }
}
