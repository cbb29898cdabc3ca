package io.coro.workspace.web;

import io.coro.workspace.internal.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
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
