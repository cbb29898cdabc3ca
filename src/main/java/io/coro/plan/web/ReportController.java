package io.coro.plan.web;

import io.coro.plan.internal.PlanVersusActual;
import io.coro.strategy.Strategy;
import io.coro.strategy.StrategyDocument;
import io.coro.workspace.CurrentMember;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Plan versus actual for a month. */
@Controller
class ReportController {

    static final String VIEW = "plan/report";

    private final PlanVersusActual report;
    private final Strategy strategy;

    ReportController(PlanVersusActual report, Strategy strategy) {
        this.report = report;
        this.strategy = strategy;
    }

    @GetMapping("/plan/report")
    String report(CurrentMember me, @RequestParam(required = false) String month, Model model) {
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(me.workspace().timeZone()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            ym = YearMonth.now(me.workspace().timeZone());
            model.addAttribute("problem", "plan.report.badMonth");
        }
        Map<UUID, String> pillarNames = new HashMap<>();
        for (StrategyDocument.Pillar p : strategy.pillars(me.workspaceId())) {
            pillarNames.put(p.id(), p.name());
        }
        model.addAttribute(
                "report", report.of(me.workspaceId(), ym, me.workspace().timeZone(), Instant.now()));
        model.addAttribute("month", ym);
        model.addAttribute("previous", ym.minusMonths(1));
        model.addAttribute("next", ym.plusMonths(1));
        model.addAttribute("pillarNames", pillarNames);
        model.addAttribute("zone", me.workspace().timeZone());
        return VIEW;
    }
}
