package io.coro.workspace.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Forgets what is no longer needed: old failed-login records and invitations expired for a month. Hourly. */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    @Bean
    RecurringTask<Void> workspaceHousekeeping(LoginThrottle throttle, Invitations invitations) {
        return Tasks.recurring("workspace-housekeeping", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    Instant now = Instant.now();
                    int failures = throttle.forgetBefore(now.minus(Duration.ofDays(1)));
                    int expired = invitations.deleteFinishedBefore(now.minus(Duration.ofDays(30)));
                    log.debug("Housekeeping: {} failed logins and {} expired invitations forgotten", failures, expired);
                });
    }
}
