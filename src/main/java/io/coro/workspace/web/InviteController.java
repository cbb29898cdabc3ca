package io.coro.workspace.web;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.internal.InvitationService;
import io.coro.workspace.internal.WorkspaceProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page behind an invitation link: join with a new account, or with the account one is signed in with. */
@Controller
class InviteController {

    static final String VIEW = "workspace/invite";

    private final InvitationService invitations;

    InviteController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record JoinForm(
            @NotBlank @Size(max = 100) @PlainText String displayName, String password, String passwordConfirmation) {}

    @GetMapping("/invite/{token}")
    String open(@PathVariable String token, HttpServletRequest request, Model model) {
        if (!model.containsAttribute("joinForm")) {
            model.addAttribute("joinForm", new JoinForm("", "", ""));
        }
        return show(token, request, model);
    }

    @PostMapping("/invite/{token}")
    String join(
            @PathVariable String token,
            @Valid @ModelAttribute("joinForm") JoinForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<InvitationService.Opened> opened = invitations.open(token);
        if (opened.isEmpty()) {
            return show(token, request, model);
        }
        String email = opened.get().invitation().email();
        Forms.checkNewPassword(
                form.password(), form.passwordConfirmation(), email, form.displayName(), "password", errors);
        if (!errors.hasErrors()) {
            try {
                invitations.acceptAsNewUser(token, form.displayName(), form.password(), locale.getLanguage());
                redirect.addFlashAttribute("flash", "invite.joined");
                redirect.addFlashAttribute("email", email);
                return "redirect:/login";
            } catch (WorkspaceProblem problem) {
                Forms.reject(problem, errors);
            }
        }
        return show(token, request, model);
    }

    @PostMapping("/invite/{token}/accept")
    String accept(
            @PathVariable String token,
            CurrentMember me,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            UUID workspaceId = invitations.acceptAsExistingUser(token, me.userId());
            request.getSession().setAttribute(CurrentMemberFilter.WORKSPACE_ATTRIBUTE, workspaceId);
            redirect.addFlashAttribute("flash", "invite.accepted");
            return "redirect:/";
        } catch (WorkspaceProblem problem) {
            model.addAttribute("problem", problem.messageKey());
            model.addAttribute("joinForm", new JoinForm("", "", ""));
            return show(token, request, model);
        }
    }

    private String show(String token, HttpServletRequest request, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("opened", invitations.open(token).orElse(null));
        model.addAttribute("signedIn", CurrentMemberFilter.of(request).orElse(null));
        return VIEW;
    }
}
