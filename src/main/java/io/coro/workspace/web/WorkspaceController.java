package io.coro.workspace.web;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.internal.UserAccounts;
import io.coro.workspace.internal.WorkspaceRepository;
import io.coro.workspace.internal.WorkspaceService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Switching between one's workspaces, and creating another one (an agency serving several companies). */
@Controller
class WorkspaceController {

    static final String NEW_VIEW = "workspace/new";

    private final WorkspaceService service;
    private final WorkspaceRepository workspaces;
    private final UserAccounts users;

    WorkspaceController(WorkspaceService service, WorkspaceRepository workspaces, UserAccounts users) {
        this.service = service;
        this.workspaces = workspaces;
        this.users = users;
    }

    record WorkspaceForm(
            @NotBlank @Size(max = 100) @PlainText String companyName,
            @NotBlank String language,
            @NotBlank String timeZone) {}

    @PostMapping("/workspaces/switch")
    String switchTo(CurrentMember me, @RequestParam UUID workspaceId, HttpSession session) {
        if (workspaces.roleOf(workspaceId, me.userId()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        session.setAttribute(CurrentMemberFilter.WORKSPACE_ATTRIBUTE, workspaceId);
        users.rememberWorkspace(me.userId(), workspaceId);
        return "redirect:/";
    }

    @GetMapping("/workspaces/new")
    String form(Model model, Locale locale) {
        model.addAttribute("workspaceForm", new WorkspaceForm("", locale.getLanguage(), "Europe/Rome"));
        Forms.addZones(model);
        return NEW_VIEW;
    }

    @PostMapping("/workspaces/new")
    String create(
            CurrentMember me,
            @Valid @ModelAttribute("workspaceForm") WorkspaceForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Forms.checkLanguage(form.language(), "language", errors);
        ZoneId zone = Forms.zone(form.timeZone(), "timeZone", errors);
        if (errors.hasErrors()) {
            Forms.addZones(model);
            return NEW_VIEW;
        }
        UUID id = service.createAnother(me, form.companyName(), form.language(), zone);
        request.getSession().setAttribute(CurrentMemberFilter.WORKSPACE_ATTRIBUTE, id);
        redirect.addFlashAttribute("flash", "workspace.created");
        return "redirect:/";
    }
}
