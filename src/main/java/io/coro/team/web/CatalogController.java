package io.coro.team.web;

import io.coro.shared.validation.PlainText;
import io.coro.team.internal.CatalogService;
import io.coro.team.internal.Competences;
import io.coro.team.internal.TeamProblem;
import io.coro.workspace.CurrentMember;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The competence catalog (names and keywords in both languages), and the decisions on members' proposals. */
@Controller
class CatalogController {

    static final String VIEW = "team/competences";

    private final Competences competences;
    private final CatalogService catalog;

    CatalogController(Competences competences, CatalogService catalog) {
        this.competences = competences;
        this.catalog = catalog;
    }

    @GetMapping("/team/competences")
    String list(CurrentMember me, Model model) {
        model.addAttribute("competences", competences.catalog(me.workspaceId()));
        return VIEW;
    }

    @PostMapping({"/team/competences", "/team/competences/{id}"})
    String save(
            CurrentMember me,
            @PathVariable(required = false) UUID id,
            @RequestParam(defaultValue = "") String nameEn,
            @RequestParam(defaultValue = "") String nameIt,
            @RequestParam(defaultValue = "") String keywordsEn,
            @RequestParam(defaultValue = "") String keywordsIt,
            @RequestParam(defaultValue = "false") boolean needed,
            @RequestParam(defaultValue = "false") boolean sensitive,
            RedirectAttributes redirect) {
        try {
            if (nameEn.isBlank() || nameIt.isBlank()) {
                throw new TeamProblem("nameEn", "team.competence.nameRequired");
            }
            if (nameEn.length() > 80
                    || nameIt.length() > 80
                    || keywordsEn.length() > 1000
                    || keywordsIt.length() > 1000
                    || !PlainText.Validator.isPlain(nameEn + nameIt + keywordsEn + keywordsIt)) {
                throw new TeamProblem("nameEn", "team.competence.bad");
            }
            catalog.save(me, id, nameEn, nameIt, keywordsEn, keywordsIt, needed, sensitive);
            redirect.addFlashAttribute("flash", "team.competence.saved");
        } catch (TeamProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/team/competences";
    }

    @PostMapping("/team/proposals/{id}/{decision:confirm|decline}")
    String decide(CurrentMember me, @PathVariable UUID id, @PathVariable String decision, RedirectAttributes redirect) {
        try {
            catalog.decide(me, id, decision.equals("confirm"));
            redirect.addFlashAttribute(
                    "flash", decision.equals("confirm") ? "team.proposal.confirmed" : "team.proposal.declined");
        } catch (TeamProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/team#proposals";
    }
}
