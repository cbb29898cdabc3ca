package io.coro.workspace.web;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.internal.WorkspaceProblem;
import io.coro.workspace.internal.WorkspaceRepository;
import io.coro.workspace.internal.WorkspaceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's settings and its members. Everyone sees them; only owners change them (enforced in the service). */
@Controller
class SettingsController {

    static final String GENERAL_VIEW = "workspace/settings";
    static final String MEMBERS_VIEW = "workspace/members";

    private final WorkspaceService service;
    private final WorkspaceRepository workspaces;

    SettingsController(WorkspaceService service, WorkspaceRepository workspaces) {
        this.service = service;
        this.workspaces = workspaces;
    }

    record SettingsForm(
            @NotBlank @Size(max = 100) @PlainText String name,
            @NotBlank String language,
            @NotBlank String timeZone) {}

    @GetMapping("/settings")
    String settings(CurrentMember me, Model model) {
        if (!model.containsAttribute("settingsForm")) {
            var workspace = me.workspace();
            model.addAttribute(
                    "settingsForm",
                    new SettingsForm(
                            workspace.name(),
                            workspace.locale().getLanguage(),
                            workspace.timeZone().getId()));
        }
        Forms.addZones(model);
        return GENERAL_VIEW;
    }

    @PostMapping("/settings")
    String save(
            CurrentMember me,
            @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Forms.checkLanguage(form.language(), "language", errors);
        ZoneId zone = Forms.zone(form.timeZone(), "timeZone", errors);
        if (errors.hasErrors()) {
            Forms.addZones(model);
            return GENERAL_VIEW;
        }
        service.updateSettings(me, form.name(), form.language(), zone);
        redirect.addFlashAttribute("flash", "settings.saved");
        return "redirect:/settings";
    }

    @GetMapping("/settings/members")
    String members(CurrentMember me, Model model) {
        model.addAttribute("members", workspaces.members(me.workspaceId()));
        model.addAttribute("roles", WorkspaceRole.values());
        return MEMBERS_VIEW;
    }

    @PostMapping("/settings/members/{userId}/role")
    String changeRole(
            CurrentMember me,
            @PathVariable UUID userId,
            @RequestParam WorkspaceRole role,
            RedirectAttributes redirect) {
        try {
            service.changeRole(me, userId, role);
            redirect.addFlashAttribute("flash", "members.roleChanged");
        } catch (WorkspaceProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/settings/members";
    }

    @PostMapping("/settings/members/{userId}/remove")
    String remove(CurrentMember me, @PathVariable UUID userId, RedirectAttributes redirect) {
        try {
            service.removeMember(me, userId);
            redirect.addFlashAttribute("flash", "members.removed");
        } catch (WorkspaceProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/settings/members";
    }
}
