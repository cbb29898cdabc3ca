package io.coro.insights.web;

import io.coro.insights.internal.Readiness;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.Workspaces;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of a workspace: the readiness checklist, the first steps, and (later) what the other modules report. */
@Controller
class DashboardController {

    static final String VIEW = "insights/dashboard";

    private final Workspaces workspaces;
    private final Readiness readiness;

    DashboardController(Workspaces workspaces, Readiness readiness) {
        this.workspaces = workspaces;
        this.readiness = readiness;
    }

    @GetMapping("/")
    String dashboard(CurrentMember me, Locale locale, Model model) {
        model.addAttribute("memberCount", workspaces.members(me.workspaceId()).size());
        List<Readiness.Item> items =
                readiness.check(me.workspaceId(), LocalDate.now(me.workspace().timeZone()), locale);
        model.addAttribute("readiness", items);
        model.addAttribute(
                "readyCount",
                items.stream().filter(i -> i.state() == Readiness.State.OK).count());
        return VIEW;
    }
}
