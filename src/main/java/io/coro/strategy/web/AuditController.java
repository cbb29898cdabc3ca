package io.coro.strategy.web;

import io.coro.shared.validation.PlainText;
import io.coro.strategy.Kpi.AuditMetric;
import io.coro.strategy.Strategy;
import io.coro.strategy.internal.Audits;
import io.coro.strategy.internal.StrategyProblem;
import io.coro.strategy.internal.StrategyService;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Baseline audits: a grid of channels × metrics entered by hand (measured values come with the channels). */
@Controller
class AuditController {

    static final String NEW_VIEW = "strategy/audit-new";
    static final String COMPARE_VIEW = "strategy/audit-compare";

    private final Strategy strategy;
    private final StrategyService service;
    private final Audits audits;

    AuditController(Strategy strategy, StrategyService service, Audits audits) {
        this.strategy = strategy;
        this.service = service;
        this.audits = audits;
    }

    @GetMapping("/strategy/audits/new")
    String form(CurrentMember me, Model model) {
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("coordinators and owners only");
        }
        model.addAttribute("takenOn", LocalDate.now(me.workspace().timeZone()).toString());
        return show(me, model, Map.of());
    }

    @PostMapping("/strategy/audits")
    String take(CurrentMember me, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        List<Audits.Value> values = new ArrayList<>();
        List<String> channels = strategy.channels(me.workspaceId());
        try {
            LocalDate takenOn = date(params.getOrDefault("takenOn", ""));
            String note = params.getOrDefault("note", "");
            if (note.length() > 500 || !PlainText.Validator.isPlain(note)) {
                throw new StrategyProblem("note", "audit.note.bad");
            }
            for (String channel : channels) {
                for (AuditMetric metric : AuditMetric.values()) {
                    String raw = params.getOrDefault(channel + "." + metric, "")
                            .trim()
                            .replace(',', '.');
                    if (raw.isEmpty()) {
                        continue;
                    }
                    try {
                        values.add(new Audits.Value(channel, metric, new BigDecimal(raw), "MANUAL"));
                    } catch (NumberFormatException e) {
                        throw new StrategyProblem(channel + "." + metric, "audit.value.notNumber", channel);
                    }
                }
            }
            service.takeAudit(me, takenOn, note, values);
            redirect.addFlashAttribute("flash", "audit.saved");
            return "redirect:/strategy#audits";
        } catch (StrategyProblem problem) {
            model.addAttribute("formProblem", problem.messageKey());
            model.addAttribute("formProblemArgs", problem.args());
            model.addAttribute("problemField", problem.field());
            model.addAttribute("takenOn", params.getOrDefault("takenOn", ""));
            model.addAttribute("note", params.getOrDefault("note", ""));
            return show(me, model, params);
        }
    }

    @GetMapping("/strategy/audits/compare")
    String compare(CurrentMember me, @RequestParam(name = "id", required = false) List<UUID> ids, Model model) {
        List<Audits.Audit> all = audits.all(me.workspaceId());
        List<Audits.Audit> chosen = ids == null || ids.isEmpty()
                ? all.stream().limit(3).toList()
                : all.stream().filter(a -> ids.contains(a.id())).toList();
        // oldest first, left to right
        List<Audits.Audit> ordered = new ArrayList<>(chosen);
        java.util.Collections.reverse(ordered);
        model.addAttribute("audits", ordered);
        model.addAttribute(
                "channels",
                ordered.stream()
                        .flatMap(a -> a.channels().stream())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("metrics", AuditMetric.values());
        return COMPARE_VIEW;
    }

    private String show(CurrentMember me, Model model, Map<String, String> values) {
        model.addAttribute("channels", strategy.channels(me.workspaceId()));
        model.addAttribute("metrics", AuditMetric.values());
        model.addAttribute("entered", values);
        return NEW_VIEW;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new StrategyProblem("takenOn", "audit.date.bad");
        }
    }
}
