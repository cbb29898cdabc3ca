package io.coro.plan.web;

import io.coro.plan.ItemStatus;
import io.coro.plan.internal.ChannelLimits;
import io.coro.plan.internal.Comments;
import io.coro.plan.internal.ContentItem;
import io.coro.plan.internal.ContentItems;
import io.coro.plan.internal.MediaFiles;
import io.coro.plan.internal.PlanProblem;
import io.coro.plan.internal.PlanService;
import io.coro.plan.internal.Variants;
import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.team.Candidate;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A content item's page: what it says per channel, its images (uploaded through {@link MediaController}), its state with the moves the person may make, who
 * writes it (with the team's suggestion) and the internal comments. Every form posts and comes back here with a
 * message next to the field concerned (post-redirect-get).
 */
@Controller
class ItemController {

    static final String VIEW = "plan/item";
    static final String NEW_VIEW = "plan/new";

    private final ContentItems items;
    private final Variants variants;
    private final MediaFiles media;
    private final Comments comments;
    private final PlanService service;
    private final Strategy strategy;
    private final Workspaces workspaces;
    private final Team team;
    private final MessageSource messages;

    ItemController(
            ContentItems items,
            Variants variants,
            MediaFiles media,
            Comments comments,
            PlanService service,
            Strategy strategy,
            Workspaces workspaces,
            Team team,
            MessageSource messages) {
        this.items = items;
        this.variants = variants;
        this.media = media;
        this.comments = comments;
        this.service = service;
        this.strategy = strategy;
        this.workspaces = workspaces;
        this.team = team;
        this.messages = messages;
    }

    @GetMapping("/plan/items/new")
    String newItem(CurrentMember me, @RequestParam(required = false) String date, Model model) {
        UUID ws = me.workspaceId();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(me.workspace().timeZone()).plusDays(1) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            day = LocalDate.now(me.workspace().timeZone()).plusDays(1);
        }
        if (!model.containsAttribute("form")) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("date", day.toString());
            form.put("time", "10:00");
            form.put("title", "");
            model.addAttribute("form", form);
        }
        model.addAttribute("pillars", strategy.pillars(ws));
        model.addAttribute("channels", strategy.channels(ws));
        model.addAttribute("writers", writers(ws));
        return NEW_VIEW;
    }

    @PostMapping("/plan/items")
    String create(
            CurrentMember me,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(required = false) List<String> channels,
            @RequestParam(required = false) UUID pillarId,
            @RequestParam(required = false) UUID assigneeId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            Instant at = at(date, time, me.workspace().timeZone());
            UUID id = service.create(me, title, at, channels, pillarId, assigneeId);
            redirect.addFlashAttribute("flash", "plan.item.created");
            return "redirect:/plan/items/" + id;
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("title", title);
            form.put("date", date);
            form.put("time", time);
            form.put("channels", channels == null ? List.of() : channels);
            form.put("pillarId", pillarId);
            form.put("assigneeId", assigneeId);
            redirect.addFlashAttribute("form", form);
            return "redirect:/plan/items/new";
        }
    }

    @GetMapping("/plan/items/{id}")
    String item(CurrentMember me, @PathVariable UUID id, Model model, Locale locale) {
        UUID ws = me.workspaceId();
        ZoneId zone = me.workspace().timeZone();
        ContentItem item = items.find(ws, id).orElseThrow(Problems::notFound);
        List<StrategyDocument.Pillar> pillars = strategy.pillars(ws);
        StrategyDocument.Pillar pillar = item.pillarId() == null
                ? null
                : pillars.stream()
                        .filter(p -> p.id().equals(item.pillarId()))
                        .findFirst()
                        .orElse(null);
        Map<String, String> own = variants.of(ws, id);
        List<String> channels = strategy.channels(ws);
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String channel : channels) {
            OptionalInt limit = ChannelLimits.limitOf(channel);
            limits.put(channel, limit.isPresent() ? limit.getAsInt() : 0);
        }
        if (!model.containsAttribute("form")) {
            Map<String, Object> form = new LinkedHashMap<>();
            ZonedDateTime at = item.plannedAt().atZone(zone);
            form.put("title", item.title());
            form.put("body", item.body());
            form.put("date", at.toLocalDate().toString());
            form.put("time", at.toLocalTime().withSecond(0).withNano(0).toString());
            form.put("channels", item.channels());
            form.put("pillarId", item.pillarId());
            form.put("variants", own);
            model.addAttribute("form", form);
        }
        boolean coordinator = me.is(WorkspaceRole.COORDINATOR);
        boolean writer = PlanService.isWriter(me, item);
        model.addAttribute("item", item);
        model.addAttribute("plannedAt", item.plannedAt().atZone(zone));
        model.addAttribute("pillar", pillar);
        model.addAttribute("pillars", pillars);
        model.addAttribute("channels", channels);
        model.addAttribute("limits", limits);
        model.addAttribute("media", media.of(ws, id));
        model.addAttribute("maxMedia", PlanService.MAX_MEDIA);
        model.addAttribute("comments", comments.of(ws, id));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("writer", writer);
        model.addAttribute("editable", writer && item.isEditable());
        model.addAttribute("actions", actions(item, writer, coordinator));
        List<Workspaces.Member> members = workspaces.members(ws);
        model.addAttribute(
                "writers",
                members.stream()
                        .filter(m -> m.role().includes(WorkspaceRole.MEMBER))
                        .toList());
        model.addAttribute(
                "assignee",
                item.assigneeId() == null
                        ? null
                        : members.stream()
                                .filter(m -> m.userId().equals(item.assigneeId()))
                                .findFirst()
                                .orElse(null));
        List<Candidate> suggestions = pillar == null || pillar.competences().isEmpty()
                ? List.of()
                : team.suggestFor(
                        ws, pillar.competences(), item.plannedAt().atZone(zone).toLocalDate(), 3);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("zone", zone);
        return VIEW;
    }

    /** The moves this person may make from the item's state, as button names. */
    static List<String> actions(ContentItem item, boolean writer, boolean coordinator) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        ItemStatus s = item.status();
        if (writer && s == ItemStatus.IDEA) {
            out.add("draft");
        }
        if (writer && s == ItemStatus.DRAFT) {
            out.add("submit");
        }
        if (coordinator) {
            if (s == ItemStatus.IN_REVIEW) {
                out.add("approve");
            }
            if (s == ItemStatus.APPROVED || s == ItemStatus.FAILED) {
                out.add("schedule");
            }
            if (s == ItemStatus.APPROVED || s == ItemStatus.SCHEDULED || s == ItemStatus.FAILED) {
                out.add("reopen");
            }
            if (!s.isFinal()) {
                out.add("cancel");
            }
        }
        return out;
    }

    @PostMapping("/plan/items/{id}")
    String edit(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            RedirectAttributes redirect) {
        String title = params.getFirst("title");
        String body = params.getFirst("body");
        List<String> channels = params.getOrDefault("channels", List.of());
        String pillar = params.getFirst("pillarId");
        Map<String, String> texts = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith("variant-") && !values.isEmpty()) {
                texts.put(name.substring("variant-".length()), values.get(0));
            }
        });
        try {
            UUID pillarId = pillar == null || pillar.isBlank() ? null : UUID.fromString(pillar);
            ContentItem item = items.find(me.workspaceId(), id).orElseThrow(Problems::notFound);
            Instant at = at(
                    params.getFirst("date"),
                    params.getFirst("time"),
                    me.workspace().timeZone());
            service.edit(me, id, title, body, channels, pillarId, texts);
            if (!at.equals(item.plannedAt())) {
                service.move(me, id, at);
            }
            redirect.addFlashAttribute("flash", "plan.item.saved");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("title", title);
            form.put("body", body);
            form.put("date", params.getFirst("date"));
            form.put("time", params.getFirst("time"));
            form.put("channels", channels);
            form.put("pillarId", pillar == null || pillar.isBlank() ? null : pillar);
            form.put("variants", texts);
            redirect.addFlashAttribute("form", form);
        } catch (IllegalArgumentException badId) {
            redirect.addFlashAttribute("problem", "plan.item.badPillar");
        }
        return "redirect:/plan/items/" + id + "#content";
    }

    @PostMapping("/plan/items/{id}/status")
    String status(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam String action,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "draft" -> service.draft(me, id);
                case "submit" -> service.submit(me, id);
                case "approve" -> service.approve(me, id);
                case "requestChanges" -> service.requestChanges(me, id, note);
                case "schedule" -> service.schedule(me, id, null);
                case "reopen" -> service.reopen(me, id);
                case "cancel" -> service.cancel(me, id);
                default -> throw Problems.notFound();
            }
            redirect.addFlashAttribute("flash", "plan.action." + action + ".done");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        }
        return "redirect:/plan/items/" + id;
    }

    @PostMapping("/plan/items/{id}/assign")
    String assign(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String assigneeId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            UUID assignee = assigneeId.isBlank() ? null : UUID.fromString(assigneeId);
            service.assign(me, id, assignee);
            redirect.addFlashAttribute("flash", "plan.item.assigned");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
        } catch (IllegalArgumentException badId) {
            redirect.addFlashAttribute("problem", "plan.item.badAssignee");
        }
        return "redirect:/plan/items/" + id + "#people";
    }

    @PostMapping("/plan/items/{id}/comments")
    String comment(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            service.comment(me, id, body);
            redirect.addFlashAttribute("flash", "plan.comment.added");
        } catch (PlanProblem problem) {
            Problems.flash(problem, messages, locale, redirect);
            redirect.addFlashAttribute("commentDraft", body);
        }
        return "redirect:/plan/items/" + id + "#comments";
    }

    private List<Workspaces.Member> writers(UUID ws) {
        return workspaces.members(ws).stream()
                .filter(m -> m.role().includes(WorkspaceRole.MEMBER))
                .toList();
    }

    static Instant at(String date, String time, ZoneId zone) {
        try {
            LocalDate day = LocalDate.parse(date == null ? "" : date.strip());
            LocalTime clock = time == null || time.isBlank() ? LocalTime.of(10, 0) : LocalTime.parse(time.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw new PlanProblem("date", "plan.item.badDate");
            }
            return day.atTime(clock).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new PlanProblem("date", "plan.item.badDate");
        }
    }
}
