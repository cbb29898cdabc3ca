package io.coro.insights.web;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of a workspace. It gathers, read-only, what the other modules report; for now the first steps. */
@Controller
class DashboardController {

    static final String VIEW = "insights/dashboard";

    private final Workspaces workspaces;

    DashboardController(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/")
    String dashboard(CurrentMember me, Model model) {
        model.addAttribute("memberCount", workspaces.members(me.workspaceId()).size());
        return VIEW;
    }
}
