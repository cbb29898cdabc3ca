package io.coro.plan.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the recurring slots four weeks ahead: every night at 04:00 (server time), cluster-safe through db-scheduler.
 * Saving a slot plans its weeks at once, so nothing waits for the night; not running at start-up keeps a restart quiet.
 */
@Configuration(proxyBeanMethods = false)
class PlanJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanJobs.class);

    @Bean
    RecurringTask<Void> planSlotGeneration(SlotPlanner planner) {
        return Tasks.recurring("plan-slot-generation", Schedules.daily(LocalTime.of(4, 0)))
                .execute((instance, context) -> {
                    int created = planner.generateAll(Instant.now());
                    log.debug("Recurring slots: {} planned items created", created);
                });
    }
}
