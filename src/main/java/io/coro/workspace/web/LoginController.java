package io.coro.workspace.web;

import io.coro.workspace.internal.WorkspaceService;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String LAST_EMAIL = "coro.login.email";
    static final String VIEW = "workspace/login";

    private final WorkspaceService workspaces;

    LoginController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping("/login")
    String login(Authentication authentication, HttpSession session, Model model) {
        if (!workspaces.setupDone()) {
            return "redirect:/setup";
        }
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object email = session.getAttribute(LAST_EMAIL);
        if (email != null && !model.containsAttribute("email")) {
            model.addAttribute("email", email);
        }
        return VIEW;
    }
}
