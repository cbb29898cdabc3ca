package io.coro.plan.internal;

import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A month of the plan against what happened: per pillar, the share of posts the strategy planned (its target share)
 * against the share of posts published, and the slots whose time passed without a published post.
 */
@Service
public class PlanVersusActual {

    private final JdbcClient jdbc;
    private final Strategy strategy;
    private final Slots slots;

    PlanVersusActual(JdbcClient jdbc, Strategy strategy, Slots slots) {
        this.jdbc = jdbc;
        this.strategy = strategy;
        this.slots = slots;
    }

    /** One pillar's line; {@code pillarId} null: posts without a pillar. */
    public record PillarLine(
            UUID pillarId, String name, String colour, int targetShare, int planned, int published, int actualShare) {}

    /** A slot's occurrence that passed without a published post. */
    public record EmptySlot(UUID slotId, String channel, UUID pillarId, Instant at) {}

    public record Report(
            YearMonth month, List<PillarLine> pillars, int planned, int published, List<EmptySlot> emptySlots) {}

    public Report of(UUID workspaceId, YearMonth month, ZoneId zone, Instant now) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT pillar_id,
                               count(*) FILTER (WHERE status <> 'CANCELLED'),
                               count(*) FILTER (WHERE status = 'PUBLISHED')
                          FROM plan_item
                         WHERE workspace_id = ? AND coalesce(published_at, planned_at) >= ?
                           AND coalesce(published_at, planned_at) < ?
                         GROUP BY pillar_id""")
                .params(workspaceId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        int planned = counts.values().stream().mapToInt(c -> c[0]).sum();
        int published = counts.values().stream().mapToInt(c -> c[1]).sum();
        List<PillarLine> lines = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (StrategyDocument.Pillar pillar : strategy.pillars(workspaceId)) {
            int[] c = counts.getOrDefault(pillar.id(), new int[2]);
            seen.add(pillar.id());
            lines.add(new PillarLine(
                    pillar.id(),
                    pillar.name(),
                    pillar.colour(),
                    pillar.targetShare(),
                    c[0],
                    c[1],
                    share(c[1], published)));
        }
        int otherPlanned = 0;
        int otherPublished = 0;
        for (Map.Entry<UUID, int[]> entry : counts.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                otherPlanned += entry.getValue()[0];
                otherPublished += entry.getValue()[1];
            }
        }
        if (otherPlanned + otherPublished > 0) {
            lines.add(new PillarLine(
                    null, null, null, 0, otherPlanned, otherPublished, share(otherPublished, published)));
        }
        return new Report(month, lines, planned, published, emptySlots(workspaceId, zone, from, to, now));
    }

    private List<EmptySlot> emptySlots(UUID workspaceId, ZoneId zone, Instant from, Instant to, Instant now) {
        Instant until = now.isBefore(to) ? now : to;
        if (!until.isAfter(from)) {
            return List.of();
        }
        Set<String> filled = new HashSet<>();
        jdbc.sql("""
                        SELECT slot_id, slot_time FROM plan_item
                         WHERE workspace_id = ? AND slot_id IS NOT NULL AND status = 'PUBLISHED'
                           AND slot_time >= ? AND slot_time < ?""")
                .params(workspaceId, Timestamp.from(from), Timestamp.from(until))
                .query(rs -> {
                    filled.add(rs.getObject(1, UUID.class) + "@"
                            + rs.getTimestamp(2).toInstant());
                });
        List<EmptySlot> out = new ArrayList<>();
        for (Slot slot : slots.of(workspaceId)) {
            for (Instant at : slot.occurrences(zone, from, until)) {
                if (!filled.contains(slot.id() + "@" + at)) {
                    out.add(new EmptySlot(slot.id(), slot.channel(), slot.pillarId(), at));
                }
            }
        }
        out.sort((a, b) -> a.at().compareTo(b.at()));
        return out;
    }

    private static int share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
