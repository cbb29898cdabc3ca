package io.coro.workspace.internal;

import io.coro.workspace.WorkspaceEvents.PasswordChanged;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own account: name, language, password. */
@Service
public class AccountService {

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberMeTokens;
    private final ApplicationEventPublisher events;

    AccountService(
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            PersistentTokenRepository rememberMeTokens,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.rememberMeTokens = rememberMeTokens;
        this.events = events;
    }

    @Transactional
    public void updateProfile(UUID userId, String displayName, String locale) {
        boolean renamed = users.findById(userId)
                .map(u -> !u.displayName().equals(displayName.trim()))
                .orElse(false);
        users.updateProfile(userId, displayName, locale);
        if (renamed) {
            events.publishEvent(new io.coro.workspace.WorkspaceEvents.PersonRenamed(userId, displayName.trim()));
        }
    }

    @Transactional
    public void chooseLanguage(UUID userId, String locale) {
        users.updateLocale(userId, locale);
    }

    /**
     * Changes the password after checking the current one, and forgets every "remember me" login of the account: a
     * stolen browser stops working.
     */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new WorkspaceProblem("currentPassword", "password.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new WorkspaceProblem("newPassword", "password.sameAsCurrent");
        }
        PasswordPolicy.problem(newPassword, user.email(), user.displayName()).ifPresent(key -> {
            throw new WorkspaceProblem("newPassword", key);
        });
        users.updatePassword(userId, passwordEncoder.encode(newPassword));
        rememberMeTokens.removeUserTokens(user.email());
        events.publishEvent(new PasswordChanged(userId));
    }
}
