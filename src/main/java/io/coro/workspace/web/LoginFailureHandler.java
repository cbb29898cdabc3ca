package io.coro.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page with what went wrong; the e-mail stays filled in (nothing typed is lost but the password). */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        request.getSession().setAttribute(LoginController.LAST_EMAIL, request.getParameter("email"));
        String target = exception instanceof ThrottledAuthenticationProvider.LoginPausedException paused
                ? "/login?paused=" + paused.minutes()
                : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
