package io.coro.strategy.web;

import io.coro.strategy.Strategy;
import io.coro.strategy.internal.Objectives;
import io.coro.strategy.internal.StrategyProblem;
import io.coro.strategy.internal.StrategyService;
import io.coro.team.Team;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing the strategy: every save is a new version; the previous ones stay readable. */
@Controller
class StrategyEditController {

    static final String VIEW = "strategy/edit";

    private final Strategy strategy;
    private final StrategyService service;
    private final Objectives objectives;
    private final Team team;

    StrategyEditController(Strategy strategy, StrategyService service, Objectives objectives, Team team) {
        this.strategy = strategy;
        this.service = service;
        this.objectives = objectives;
        this.team = team;
    }

    @GetMapping("/strategy/edit")
    String edit(CurrentMember me, Model model) {
        requireCoordinator(me);
        model.addAttribute("form", StrategyForm.of(strategy.current(me.workspaceId())));
        return show(me, model);
    }

    @PostMapping("/strategy/edit")
    String save(CurrentMember me, @ModelAttribute("form") StrategyForm form, Model model, RedirectAttributes redirect) {
        try {
            int version = service.saveStrategy(me, form.toDocument(), form.getNote());
            redirect.addFlashAttribute("flash", "strategy.saved");
            redirect.addFlashAttribute("flashArg", version);
            return "redirect:/strategy#strategy";
        } catch (StrategyForm.FormProblem problem) {
            model.addAttribute("formProblem", problem.key);
            model.addAttribute("formProblemArgs", problem.args);
        } catch (StrategyProblem problem) {
            model.addAttribute("formProblem", problem.messageKey());
            model.addAttribute("formProblemArgs", problem.args());
        }
        form.withBlankRows();
        return show(me, model);
    }

    private String show(CurrentMember me, Model model) {
        model.addAttribute("objectives", objectives.all(me.workspaceId()));
        // the team's competences, for the pillars' "competences needed"
        model.addAttribute("competences", team.competences(me.workspaceId()));
        model.addAttribute("channelNames", strategy.channels(me.workspaceId()));
        return VIEW;
    }

    private static void requireCoordinator(CurrentMember me) {
        if (!me.is(WorkspaceRole.COORDINATOR)) {
            throw new AccessDeniedException("coordinators and owners only");
        }
    }
}
