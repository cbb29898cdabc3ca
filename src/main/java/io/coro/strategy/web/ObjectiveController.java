package io.coro.strategy.web;

import io.coro.strategy.Kpi;
import io.coro.strategy.Strategy;
import io.coro.strategy.internal.Achievability;
import io.coro.strategy.internal.Audits;
import io.coro.strategy.internal.ObjectiveViews;
import io.coro.strategy.internal.Objectives;
import io.coro.strategy.internal.StrategyProblem;
import io.coro.strategy.internal.StrategyService;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.Workspaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Objectives: create one (with the achievability check as you type), follow its progress, record measurements. */
@Controller
class ObjectiveController {

    static final String NEW_VIEW = "strategy/objective-new";
    static final String VIEW = "strategy/objective";
    static final String CHECK = "strategy/partials/check :: result";

    private final StrategyService service;
    private final Objectives objectives;
    private final ObjectiveViews views;
    private final Audits audits;
    private final Strategy strategy;
    private final Workspaces workspaces;

    ObjectiveController(
            StrategyService service,
            Objectives objectives,
            ObjectiveViews views,
            Audits audits,
            Strategy strategy,
            Workspaces workspaces) {
        this.service = service;
        this.objectives = objectives;
        this.views = views;
        this.audits = audits;
        this.strategy = strategy;
        this.workspaces = workspaces;
    }

    /** The objective form; strings, so that whatever was typed comes back with its message. */
    public static class ObjectiveForm {
        private String name = "";
        private String kpi = "FOLLOWERS";
        private String channel = "";
        private String baseline = "";
        private String baselineOn = "";
        private String target = "";
        private String deadline = "";
        private String ownerId = "";
        private List<String> pillarIds = new java.util.ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKpi() {
            return kpi;
        }

        public void setKpi(String kpi) {
            this.kpi = kpi;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getBaselineOn() {
            return baselineOn;
        }

        public void setBaselineOn(String baselineOn) {
            this.baselineOn = baselineOn;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        public String getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(String ownerId) {
            this.ownerId = ownerId;
        }

        public List<String> getPillarIds() {
            return pillarIds;
        }

        public void setPillarIds(List<String> pillarIds) {
            this.pillarIds = pillarIds;
        }

        Objectives.Objective toObjective(UUID auditId) {
            Kpi k;
            try {
                k = Kpi.valueOf(kpi);
            } catch (IllegalArgumentException e) {
                throw new StrategyProblem("kpi", "objective.kpi.bad");
            }
            return new Objectives.Objective(
                    null,
                    name.trim(),
                    k,
                    channel == null || channel.isBlank() ? null : channel.trim(),
                    number(baseline, "baseline", true),
                    baseline.isBlank() ? null : dateOrNull(baselineOn, "baselineOn"),
                    auditId,
                    number(target, "target", false),
                    dateOrNull(deadline, "deadline"),
                    ownerId == null || ownerId.isBlank() ? null : UUID.fromString(ownerId),
                    null,
                    pillarIds.stream()
                            .filter(s -> !s.isBlank())
                            .map(UUID::fromString)
                            .toList(),
                    "ACTIVE",
                    Instant.now());
        }
    }

    @GetMapping("/strategy/objectives/new")
    String form(CurrentMember me, Model model) {
        requireCoordinator(me);
        ObjectiveForm form = new ObjectiveForm();
        form.ownerId = me.userId().toString();
        form.deadline = LocalDate.now(me.workspace().timeZone()).plusMonths(6).toString();
        model.addAttribute("form", form);
        return show(me, model);
    }

    @PostMapping("/strategy/objectives")
    String create(
            CurrentMember me, @ModelAttribute("form") ObjectiveForm form, Model model, RedirectAttributes redirect) {
        try {
            UUID id = service.createObjective(me, form.toObjective(auditFor(me, form)));
            redirect.addFlashAttribute("flash", "objective.saved");
            return "redirect:/strategy/objectives/" + id;
        } catch (StrategyProblem problem) {
            model.addAttribute("problemField", problem.field());
            model.addAttribute("formProblem", problem.messageKey());
            model.addAttribute("formProblemArgs", problem.args());
            return show(me, model);
        }
    }

    /** The achievability check while the form is filled in (htmx). */
    @PostMapping("/strategy/objectives/check")
    String check(CurrentMember me, @ModelAttribute("form") ObjectiveForm form, Model model) {
        try {
            Objectives.Objective o = form.toObjective(null);
            if (o.target() != null && o.deadline() != null) {
                LocalDate today = LocalDate.now(me.workspace().timeZone());
                List<Achievability.Point> history =
                        objectives.series(me.workspaceId(), o.kpi(), o.channelKey(), null).stream()
                                .map(m -> new Achievability.Point(
                                        m.on(), m.value().doubleValue()))
                                .toList();
                model.addAttribute(
                        "check",
                        Achievability.check(
                                o.kpi(),
                                o.baseline() == null ? null : o.baseline().doubleValue(),
                                o.baselineOn(),
                                o.target().doubleValue(),
                                o.deadline(),
                                history,
                                today));
            }
        } catch (StrategyProblem | IllegalArgumentException ignored) {
            // incomplete form: no check yet
        }
        return CHECK;
    }

    @GetMapping("/strategy/objectives/{id}")
    String objective(CurrentMember me, @PathVariable UUID id, Model model) {
        Objectives.Objective o = objectives
                .find(me.workspaceId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(me.workspace().timeZone());
        model.addAttribute("view", views.view(me.workspaceId(), o, today));
        model.addAttribute("series", objectives.series(me.workspaceId(), o.kpi(), o.channelKey(), o.id()));
        model.addAttribute("today", today.toString());
        model.addAttribute(
                "pillars",
                strategy.pillars(me.workspaceId()).stream()
                        .filter(p -> o.pillarIds().contains(p.id()))
                        .toList());
        return VIEW;
    }

    @PostMapping("/strategy/objectives/{id}/measurements")
    String measure(
            CurrentMember me,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String value,
            RedirectAttributes redirect) {
        try {
            service.recordMeasurement(me, id, dateOrNull(on, "on"), number(value, "value", false));
            redirect.addFlashAttribute("flash", "measurement.saved");
        } catch (StrategyProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/strategy/objectives/" + id;
    }

    @PostMapping("/strategy/objectives/{id}/status")
    String status(CurrentMember me, @PathVariable UUID id, @RequestParam String status, RedirectAttributes redirect) {
        try {
            service.setStatus(me, id, status);
            redirect.addFlashAttribute("flash", "objective.statusSaved");
        } catch (StrategyProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/strategy/objectives/" + id;
    }

    private String show(CurrentMember me, Model model) {
        UUID ws = me.workspaceId();
        model.addAttribute("kpis", Kpi.values());
        model.addAttribute("channels", strategy.channels(ws));
        model.addAttribute("members", workspaces.members(ws));
        model.addAttribute("pillars", strategy.pillars(ws));
        model.addAttribute("latestAudit", audits.all(ws).stream().findFirst().orElse(null));
        return NEW_VIEW;
    }

    /** The latest audit, when the baseline was taken from it (same value on the same day). */
    private UUID auditFor(CurrentMember me, ObjectiveForm form) {
        Optional<Audits.Audit> latest = audits.all(me.workspaceId()).stream().findFirst();
        return latest.filter(a -> a.takenOn().toString().equals(form.baselineOn))
                .map(Audits.Audit::id)
                .orElse(null);
    }

    static BigDecimal number(String text, String field, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return null;
            }
            throw new StrategyProblem(field, "objective." + field + ".required");
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new StrategyProblem(field, "objective.number.bad");
        }
    }

    static LocalDate dateOrNull(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new StrategyProblem(field, "objective.date.bad");
        }
    }

    private static void requireCoordinator(CurrentMember me) {
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("coordinators and owners only");
        }
    }
}
