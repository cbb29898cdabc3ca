package io.coro.workspace.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code coro.security.*}: login throttling, "remember me" and invitations. */
@ConfigurationProperties("coro.security")
public record WorkspaceSecurityProperties(
        @DefaultValue("5") int loginAttempts,
        @DefaultValue("30") int loginAttemptsPerAddress,
        @DefaultValue("15m") Duration loginPause,
        @DefaultValue("30d") Duration rememberMeValidity,
        @DefaultValue("7d") Duration invitationValidity) {}
