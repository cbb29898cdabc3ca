package io.coro.workspace.web;

import io.coro.workspace.internal.LoginThrottle;
import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Form login with a pause after repeated failures; counts failures and forgets them after a success. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getName()).trim();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        Duration wait = throttle.pausedFor(email, address).orElse(null);
        if (wait != null) {
            throw new LoginPausedException(wait);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Too many failed logins; the message is shown by the login page. An account-status exception, so that no other
     * provider is asked.
     */
    static final class LoginPausedException extends AccountStatusException {

        private final Duration wait;

        LoginPausedException(Duration wait) {
            super("Login paused");
            this.wait = wait;
        }

        long minutes() {
            return Math.max(1, (wait.toSeconds() + 59) / 60);
        }
    }
}
