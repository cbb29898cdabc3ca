package io.coro.workspace.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pauses logins after repeated failures: per e-mail address (guessing one person's password) and per remote address
 * (trying many accounts). Kept in the database, so every Coro node sees the same count.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final WorkspaceSecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, WorkspaceSecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How long the caller must wait before trying again, if paused. */
    public Optional<Duration> pausedFor(String email, String remoteAddress) {
        Instant now = Instant.now();
        Timestamp since = Timestamp.from(now.minus(properties.loginPause()));
        Optional<Instant> byEmail = oldestCountedFailure(
                "SELECT failed_at FROM login_failure WHERE lower(email) = lower(?) AND failed_at > ?"
                        + " ORDER BY failed_at DESC OFFSET ? LIMIT 1",
                email,
                since,
                properties.loginAttempts() - 1);
        Optional<Instant> byAddress = oldestCountedFailure(
                "SELECT failed_at FROM login_failure WHERE remote_address = ? AND failed_at > ?"
                        + " ORDER BY failed_at DESC OFFSET ? LIMIT 1",
                remoteAddress,
                since,
                properties.loginAttemptsPerAddress() - 1);
        return byEmail.or(() -> byAddress)
                .map(oldest -> Duration.between(now, oldest.plus(properties.loginPause())))
                .filter(wait -> !wait.isNegative());
    }

    private Optional<Instant> oldestCountedFailure(String sql, String key, Timestamp since, int offset) {
        return jdbc.sql(sql)
                .params(key, since, offset)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    public void recordFailure(String email, String remoteAddress) {
        jdbc.sql("INSERT INTO login_failure (email, remote_address, failed_at) VALUES (?, ?, now())")
                .params(truncate(email, 254), truncate(remoteAddress, 64))
                .update();
    }

    public void recordSuccess(String email) {
        jdbc.sql("DELETE FROM login_failure WHERE lower(email) = lower(?)")
                .param(email)
                .update();
    }

    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    private static String truncate(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
