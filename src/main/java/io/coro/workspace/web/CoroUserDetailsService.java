package io.coro.workspace.web;

import io.coro.workspace.internal.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Not a bean on purpose: as a bean, Spring Security would also build a global password check from it that bypasses
 * the login throttling of {@link ThrottledAuthenticationProvider}.
 */
class CoroUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    CoroUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email)
                .map(user -> new CoroPrincipal(user.id(), user.email(), user.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
