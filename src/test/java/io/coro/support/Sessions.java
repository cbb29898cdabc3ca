package io.coro.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Logs in through the real login form and returns the session cookie, as a browser would keep it (sessions live in
 * PostgreSQL through Spring Session, so the cookie is all a client holds).
 */
public final class Sessions {

    private Sessions() {}

    public static Cookie login(MockMvc mvc, String email) throws Exception {
        return login(mvc, email, TestCompany.PASSWORD);
    }

    public static Cookie login(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("/login")) {
            throw new AssertionError("Login of " + email + " failed: redirected to " + target);
        }
        Cookie session = result.getResponse().getCookie("CORO_SESSION");
        if (session == null) {
            throw new AssertionError("No session cookie after the login of " + email);
        }
        return session;
    }
}
