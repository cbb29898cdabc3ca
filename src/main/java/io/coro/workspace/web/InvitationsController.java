package io.coro.workspace.web;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import io.coro.workspace.internal.InvitationMailer;
import io.coro.workspace.internal.InvitationService;
import io.coro.workspace.internal.WorkspaceProblem;
import io.coro.workspace.internal.WorkspaceSecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Owners invite people: the link is e-mailed when SMTP is configured, and shown to copy otherwise. */
@Controller
class InvitationsController {

    static final String VIEW = "workspace/invitations";

    private final InvitationService invitations;
    private final InvitationMailer mailer;
    private final String baseUrl;
    private final Duration validity;

    InvitationsController(
            InvitationService invitations,
            InvitationMailer mailer,
            WorkspaceSecurityProperties properties,
            @Value("${coro.base-url:}") String baseUrl) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.baseUrl = baseUrl;
        this.validity = properties.invitationValidity();
    }

    record InviteForm(
            @NotBlank @Size(max = 254) @Email String email,
            @NotNull WorkspaceRole role) {}

    @GetMapping("/settings/invitations")
    String list(CurrentMember me, Model model) {
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm("", WorkspaceRole.MEMBER));
        }
        model.addAttribute("invitations", invitations.list(me));
        model.addAttribute("roles", WorkspaceRole.values());
        model.addAttribute("now", Instant.now());
        model.addAttribute("mailEnabled", mailer.enabled());
        model.addAttribute("validityDays", validity.toDays());
        return VIEW;
    }

    @PostMapping("/settings/invitations")
    String invite(
            CurrentMember me,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                InvitationService.Issued issued = invitations.invite(me, form.email(), form.role());
                String link = base(request) + "/invite/" + issued.token();
                redirect.addFlashAttribute("invitedEmail", issued.invitation().email());
                if (mailer.enabled() && mailer.send(issued.invitation(), me, link, locale)) {
                    redirect.addFlashAttribute("flash", "invitations.sent");
                    redirect.addFlashAttribute("flashArg", issued.invitation().email());
                } else {
                    if (mailer.enabled()) {
                        redirect.addFlashAttribute("problem", "invitations.mailFailed");
                    }
                    redirect.addFlashAttribute("inviteLink", link);
                }
                return "redirect:/settings/invitations";
            } catch (WorkspaceProblem problem) {
                Forms.reject(problem, errors);
            }
        }
        model.addAttribute("invitations", invitations.list(me));
        model.addAttribute("roles", WorkspaceRole.values());
        model.addAttribute("now", Instant.now());
        model.addAttribute("mailEnabled", mailer.enabled());
        model.addAttribute("validityDays", validity.toDays());
        return VIEW;
    }

    @PostMapping("/settings/invitations/{id}/revoke")
    String revoke(CurrentMember me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            invitations.revoke(me, id);
            redirect.addFlashAttribute("flash", "invitations.revoked");
        } catch (WorkspaceProblem problem) {
            redirect.addFlashAttribute("problem", problem.messageKey());
        }
        return "redirect:/settings/invitations";
    }

    private String base(HttpServletRequest request) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
