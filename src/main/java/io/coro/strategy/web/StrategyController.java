package io.coro.strategy.web;

import io.coro.strategy.Kpi;
import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.internal.Audits;
import io.coro.strategy.internal.ObjectiveViews;
import io.coro.strategy.internal.StrategyVersions;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Objectives and strategy at a glance: objectives with progress and achievability, the strategy, the audits. */
@Controller
class StrategyController {

    static final String VIEW = "strategy/overview";

    private final Strategy strategy;
    private final StrategyVersions versions;
    private final ObjectiveViews objectives;
    private final Audits audits;
    private final Team team;

    StrategyController(
            Strategy strategy, StrategyVersions versions, ObjectiveViews objectives, Audits audits, Team team) {
        this.strategy = strategy;
        this.versions = versions;
        this.objectives = objectives;
        this.audits = audits;
        this.team = team;
    }

    @GetMapping("/strategy")
    String overview(
            CurrentMember me,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            java.util.Locale locale,
            Model model) {
        UUID ws = me.workspaceId();
        ZoneId zone = me.workspace().timeZone();
        StrategyDocument document;
        List<StrategyVersions.Version> all = versions.versions(ws);
        if (version != null) {
            document = versions.version(ws, version).orElse(null);
            model.addAttribute("shownVersion", version);
        } else if (asOf != null) {
            document = strategy.asOf(ws, asOf.plusDays(1).atStartOfDay(zone).toInstant())
                    .orElse(null);
            model.addAttribute("asOf", asOf);
        } else {
            document = strategy.current(ws);
        }
        model.addAttribute("document", document);
        model.addAttribute(
                "pillarTotal",
                document == null
                        ? 0
                        : document.pillars().stream()
                                .mapToInt(StrategyDocument.Pillar::targetShare)
                                .sum());
        model.addAttribute("versions", all);
        model.addAttribute("objectives", objectives.all(ws, LocalDate.now(zone)));
        model.addAttribute("audits", audits.all(ws));
        Map<UUID, String> pillarNames = new HashMap<>();
        strategy.current(ws).pillars().forEach(p -> pillarNames.put(p.id(), p.name()));
        model.addAttribute("pillarNames", pillarNames);
        model.addAttribute("kpis", Kpi.values());
        Map<String, String> competenceNames = new HashMap<>();
        team.competences(ws).forEach(c -> competenceNames.put(c.code(), c.name(locale.getLanguage())));
        model.addAttribute("competenceNames", competenceNames);
        return VIEW;
    }
}
