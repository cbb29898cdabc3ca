package io.coro.workspace.web;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.internal.WorkspaceProblem;
import io.coro.workspace.internal.WorkspaceService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first start: the company's workspace and its first owner. Gone once a workspace exists. */
@Controller
class SetupController {

    static final String VIEW = "workspace/setup";

    private final WorkspaceService workspaces;

    SetupController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    record SetupForm(
            @NotBlank @Size(max = 100) @PlainText String companyName,
            @NotBlank String language,
            @NotBlank String timeZone,
            @NotBlank @Size(max = 100) @PlainText String ownerName,
            @NotBlank @Size(max = 254) @Email String email,
            String password,
            String passwordConfirmation) {}

    @GetMapping("/setup")
    String form(Model model, Locale locale) {
        if (workspaces.setupDone()) {
            return "redirect:/login";
        }
        if (!model.containsAttribute("setupForm")) {
            model.addAttribute("setupForm", new SetupForm("", locale.getLanguage(), "Europe/Rome", "", "", "", ""));
        }
        Forms.addZones(model);
        return VIEW;
    }

    @PostMapping("/setup")
    String setUp(
            @Valid @ModelAttribute("setupForm") SetupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (workspaces.setupDone()) {
            return "redirect:/login";
        }
        Forms.checkLanguage(form.language(), "language", errors);
        ZoneId zone = Forms.zone(form.timeZone(), "timeZone", errors);
        Forms.checkNewPassword(
                form.password(), form.passwordConfirmation(), form.email(), form.ownerName(), "password", errors);
        if (!errors.hasErrors()) {
            try {
                workspaces.setUp(
                        form.companyName(), form.language(), zone, form.ownerName(), form.email(), form.password());
                redirect.addFlashAttribute("flash", "setup.done");
                redirect.addFlashAttribute("email", form.email().trim());
                return "redirect:/login";
            } catch (WorkspaceProblem problem) {
                Forms.reject(problem, errors);
            }
        }
        Forms.addZones(model);
        return VIEW;
    }
}
