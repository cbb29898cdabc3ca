package io.coro.plan.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the recurring slots four weeks ahead: once a day, cluster-safe through db-scheduler. */
@Configuration(proxyBeanMethods = false)
class PlanJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanJobs.class);

    @Bean
    RecurringTask<Void> planSlotGeneration(SlotPlanner planner) {
        return Tasks.recurring("plan-slot-generation", FixedDelay.of(Duration.ofDays(1)))
                .execute((instance, context) -> {
                    int created = planner.generateAll(Instant.now());
                    log.debug("Recurring slots: {} planned items created", created);
                });
    }
}
