package io.coro.workspace.web;

import io.coro.shared.validation.PlainText;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.internal.AccountService;
import io.coro.workspace.internal.WorkspaceProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile: name, language and password. */
@Controller
class AccountController {

    static final String VIEW = "workspace/account";

    private final AccountService accounts;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountController(AccountService accounts, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    record ProfileForm(@NotBlank @Size(max = 100) @PlainText String displayName, String language) {}

    record PasswordForm(String currentPassword, String newPassword, String newPasswordConfirmation) {}

    @GetMapping("/account")
    String account(CurrentMember me, Model model, Locale locale) {
        if (!model.containsAttribute("profileForm")) {
            String language = me.preferredLocale() == null
                    ? locale.getLanguage()
                    : me.preferredLocale().getLanguage();
            model.addAttribute("profileForm", new ProfileForm(me.displayName(), language));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        return VIEW;
    }

    @PostMapping("/account/profile")
    String saveProfile(
            CurrentMember me,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Forms.checkLanguage(form.language(), "language", errors);
        if (form.language() == null || form.language().isBlank()) {
            errors.rejectValue("language", "NotBlank");
        }
        if (errors.hasErrors()) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
            return VIEW;
        }
        accounts.updateProfile(me.userId(), form.displayName(), form.language());
        redirect.addFlashAttribute("flash", "account.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            CurrentMember me,
            @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Forms.checkNewPassword(
                form.newPassword(),
                form.newPasswordConfirmation(),
                me.email(),
                me.displayName(),
                "newPassword",
                errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(me.userId(), form.currentPassword(), form.newPassword());
                signOutElsewhere(me, request);
                redirect.addFlashAttribute("flash", "password.changed");
                return "redirect:/account";
            } catch (WorkspaceProblem problem) {
                Forms.reject(problem, errors);
            }
        }
        model.addAttribute(
                "profileForm",
                new ProfileForm(
                        me.displayName(),
                        me.preferredLocale() == null
                                ? "en"
                                : me.preferredLocale().getLanguage()));
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("org.springframework.validation.BindingResult.passwordForm", errors);
        return VIEW;
    }

    /** After a password change, every other browser signed in as this person is signed out. */
    private void signOutElsewhere(CurrentMember me, HttpServletRequest request) {
        String current = request.getSession().getId();
        sessions.findByPrincipalName(me.email()).keySet().stream()
                .filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
    }

    /** The language switch in the top bar: saved on the profile and applied at once. */
    @PostMapping("/account/language")
    String chooseLanguage(CurrentMember me, @RequestParam String language, HttpServletRequest request) {
        if (CoroLocaleResolver.isSupported(language)) {
            accounts.chooseLanguage(me.userId(), language);
        }
        String back = request.getHeader("Referer");
        return "redirect:" + SafeRedirect.localPath(back, request);
    }
}
