package io.coro.plan.internal;

import io.coro.shared.validation.PlainText;
import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.Workspaces;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring slots and the planned items they generate: an idea per occurrence for the next four weeks, when a slot is
 * saved and every day. Generating twice creates nothing twice (one item per slot and time).
 */
@Service
public class SlotPlanner {

    /** How far ahead slots fill the calendar. */
    public static final Duration HORIZON = Duration.ofDays(28);

    private final Slots slots;
    private final ContentItems items;
    private final Strategy strategy;
    private final Workspaces workspaces;

    SlotPlanner(Slots slots, ContentItems items, Strategy strategy, Workspaces workspaces) {
        this.slots = slots;
        this.items = items;
        this.strategy = strategy;
        this.workspaces = workspaces;
    }

    /** Creates ({@code id} null) or changes a slot, then fills the next four weeks. Returns its id. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public UUID save(
            CurrentMember me,
            UUID id,
            Set<DayOfWeek> weekdays,
            LocalTime time,
            int everyWeeks,
            LocalDate startsOn,
            String channel,
            UUID pillarId,
            String note,
            boolean active) {
        UUID ws = me.workspaceId();
        if (id != null && slots.find(ws, id).isEmpty()) {
            throw new PlanProblem("slot", "plan.slot.notFound");
        }
        if (weekdays == null || weekdays.isEmpty()) {
            throw new PlanProblem("weekdays", "plan.slot.weekdaysRequired");
        }
        if (time == null) {
            throw new PlanProblem("time", "plan.slot.badTime");
        }
        if (everyWeeks < 1 || everyWeeks > 8) {
            throw new PlanProblem("everyWeeks", "plan.slot.badEvery");
        }
        if (channel == null || !strategy.channels(ws).contains(channel)) {
            throw new PlanProblem("channel", "plan.item.badChannel");
        }
        if (pillarId != null && strategy.current(ws).pillar(pillarId).isEmpty()) {
            throw new PlanProblem("pillarId", "plan.item.badPillar");
        }
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 300 || !PlainText.Validator.isPlain(cleanNote)) {
            throw new PlanProblem("note", "plan.slot.badNote");
        }
        Slot slot = new Slot(
                id == null ? UUID.randomUUID() : id,
                ws,
                weekdays,
                time,
                everyWeeks,
                startsOn == null ? LocalDate.now(me.workspace().timeZone()) : startsOn,
                channel,
                pillarId,
                cleanNote,
                active);
        slots.save(slot, me.userId());
        if (active) {
            generate(slot, me.workspace().timeZone(), Instant.now());
        }
        return slot.id();
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void delete(CurrentMember me, UUID id) {
        if (!slots.delete(me.workspaceId(), id)) {
            throw new PlanProblem("slot", "plan.slot.notFound");
        }
    }

    /**
     * Every active slot of every workspace, for the daily task; each item is inserted on its own (idempotently), so one
     * long transaction does not hold locks across workspaces. Returns how many items were created.
     */
    public int generateAll(Instant now) {
        int created = 0;
        for (Slot slot : slots.active()) {
            ZoneId zone = workspaces
                    .find(slot.workspaceId())
                    .map(CurrentMember.WorkspaceRef::timeZone)
                    .orElse(ZoneId.of("UTC"));
            created += generate(slot, zone, now);
        }
        return created;
    }

    /** The slot's occurrences from now to the horizon, as ideas; the ones that already exist are left alone. */
    @Transactional
    public int generate(Slot slot, ZoneId zone, Instant now) {
        List<Instant> times = slot.occurrences(zone, now, now.plus(HORIZON));
        if (times.isEmpty()) {
            return 0;
        }
        String title = title(slot);
        int created = 0;
        for (Instant at : times) {
            ContentItem item = ContentItem.plan(
                    slot.workspaceId(),
                    title,
                    at,
                    List.of(slot.channel()),
                    slot.pillarId(),
                    null,
                    slot.id(),
                    null,
                    now);
            if (items.insertForSlot(item)) {
                created++;
            }
        }
        return created;
    }

    /** "Behind the scenes · Instagram", or the slot's note when it has one. */
    private String title(Slot slot) {
        if (!slot.note().isBlank()) {
            return slot.note().length() > 200 ? slot.note().substring(0, 200) : slot.note();
        }
        String pillar = slot.pillarId() == null
                ? null
                : strategy.current(slot.workspaceId())
                        .pillar(slot.pillarId())
                        .map(StrategyDocument.Pillar::name)
                        .orElse(null);
        return pillar == null ? slot.channel() : pillar + " · " + slot.channel();
    }
}
