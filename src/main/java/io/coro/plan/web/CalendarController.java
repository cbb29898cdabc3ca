package io.coro.plan.web;

import io.coro.plan.ItemStatus;
import io.coro.plan.internal.Calendar;
import io.coro.plan.internal.CalendarFilter;
import io.coro.plan.internal.PlanProblem;
import io.coro.plan.internal.PlanService;
import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The editorial calendar: the page, the items of the visible period as JSON for FullCalendar (times are the
 * workspace's wall-clock times, so the calendar shows 10:00 as 10:00 whatever the viewer's own zone), and moves by
 * drag and drop.
 */
@Controller
class CalendarController {

    static final String VIEW = "plan/calendar";
    static final int MAX_EVENTS = 2000;

    private final Calendar calendar;
    private final PlanService service;
    private final Strategy strategy;
    private final Workspaces workspaces;
    private final MessageSource messages;

    CalendarController(
            Calendar calendar, PlanService service, Strategy strategy, Workspaces workspaces, MessageSource messages) {
        this.calendar = calendar;
        this.service = service;
        this.strategy = strategy;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    @GetMapping("/plan")
    String calendar(CurrentMember me, Model model) {
        UUID ws = me.workspaceId();
        model.addAttribute("pillars", strategy.pillars(ws));
        model.addAttribute("channels", strategy.channels(ws));
        model.addAttribute("people", workspaces.members(ws));
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("canWrite", me.is(WorkspaceRole.MEMBER));
        return VIEW;
    }

    /** A FullCalendar event: wall-clock start in the workspace's zone, the pillar's colour, the status. */
    record Event(
            String id,
            String title,
            String start,
            String url,
            String backgroundColor,
            String borderColor,
            String textColor,
            boolean startEditable,
            String[] classNames,
            Map<String, Object> extendedProps) {}

    @GetMapping(path = "/plan/events", produces = "application/json")
    @ResponseBody
    List<Event> events(
            CurrentMember me,
            @RequestParam String start,
            @RequestParam String end,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String pillar,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String status,
            Locale locale) {
        UUID ws = me.workspaceId();
        ZoneId zone = me.workspace().timeZone();
        Instant from = wallClock(start, zone);
        Instant to = wallClock(end, zone);
        CalendarFilter filter = new CalendarFilter(
                channel.isBlank() ? null : channel,
                uuid(pillar),
                uuid(person),
                status.isBlank() ? null : parseStatus(status));
        Map<UUID, StrategyDocument.Pillar> pillars = new HashMap<>();
        strategy.pillars(ws).forEach(p -> pillars.put(p.id(), p));
        boolean coordinator = me.is(WorkspaceRole.COORDINATOR);
        Map<ItemStatus, String> statusNames = new LinkedHashMap<>();
        for (ItemStatus s : ItemStatus.values()) {
            statusNames.put(s, messages.getMessage("plan.status." + s, null, locale));
        }
        return calendar.between(ws, from, to, filter, MAX_EVENTS).stream()
                .map(e -> {
                    StrategyDocument.Pillar p = e.pillarId() == null ? null : pillars.get(e.pillarId());
                    String colour =
                            p == null || p.colour() == null || !p.colour().matches("#[0-9a-fA-F]{6}")
                                    ? "#64748b"
                                    : p.colour();
                    boolean mine =
                            me.userId().equals(e.assigneeId()) || me.userId().equals(e.createdBy());
                    boolean movable = !e.status().isFinal()
                            && e.status() != ItemStatus.FAILED
                            && (coordinator
                                    || (me.is(WorkspaceRole.MEMBER)
                                            && mine
                                            && (e.status() == ItemStatus.IDEA || e.status() == ItemStatus.DRAFT)));
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put("status", e.status().name());
                    props.put("statusName", statusNames.get(e.status()));
                    props.put("channels", String.join(", ", e.channels()));
                    props.put("pillar", p == null ? "" : p.name());
                    props.put("assignee", e.assignee() == null ? "" : e.assignee());
                    return new Event(
                            e.id().toString(),
                            e.title(),
                            LocalDateTime.ofInstant(e.plannedAt(), zone).toString(),
                            "/plan/items/" + e.id(),
                            colour,
                            colour,
                            textOn(colour),
                            movable,
                            new String[] {"status-" + e.status().name().toLowerCase(Locale.ROOT)},
                            props);
                })
                .toList();
    }

    /** The answer to a move: ok, or the reason it was refused (the calendar puts the item back and shows it). */
    record MoveResult(boolean ok, String message) {}

    @PostMapping(path = "/plan/items/{id}/move", produces = "application/json")
    @ResponseBody
    ResponseEntity<MoveResult> move(
            CurrentMember me, @PathVariable UUID id, @RequestParam String start, Locale locale) {
        Instant to;
        try {
            to = wallClock(start, me.workspace().timeZone());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest()
                    .body(new MoveResult(false, messages.getMessage("plan.item.badDate", null, locale)));
        }
        try {
            service.move(me, id, to);
            return ResponseEntity.ok(new MoveResult(true, messages.getMessage("plan.item.moved", null, locale)));
        } catch (PlanProblem problem) {
            HttpStatus status =
                    "plan.item.notFound".equals(problem.messageKey()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return ResponseEntity.status(status).body(new MoveResult(false, Problems.text(problem, messages, locale)));
        } catch (AccessDeniedException denied) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(new MoveResult(false, messages.getMessage("plan.item.moveDenied", null, locale)));
        }
    }

    /**
     * A time from the calendar: its wall-clock time in the workspace's zone. The calendar runs in UTC mode so that what
     * it shows is the workspace's time; a trailing offset is therefore ignored on purpose.
     */
    static Instant wallClock(String value, ZoneId zone) {
        try {
            String v = value.strip();
            if (v.length() == 10) {
                return java.time.LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toLocalDateTime()
                        .atZone(zone)
                        .toInstant();
            }
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date: " + value, e);
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Void> badRange() {
        return ResponseEntity.badRequest().build();
    }

    private static UUID uuid(String value) {
        try {
            return value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ItemStatus parseStatus(String value) {
        try {
            return ItemStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Dark or light text, whichever reads better on the pillar's colour. */
    static String textOn(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
        return luminance > 0.6 ? "#111827" : "#ffffff";
    }
}
