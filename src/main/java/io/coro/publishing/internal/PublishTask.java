package io.coro.publishing.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.coro.plan.Plan;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Due work on db-scheduler: one execution per scheduled item ({@code publish-item}, instance id = the item's id),
 * due at the item's time. The database hands each execution to one node; a node that dies while working on it stops
 * its heartbeat, and the execution is revived (on any node) once the heartbeat is missed, where the ledger takes
 * over. A sweep every minute schedules items whose time has come but have no execution (scheduled before Coro ran
 * this module, or whose event was lost).
 */
@Configuration(proxyBeanMethods = false)
class PublishTask {

    static final String NAME = "publish-item";

    private static final Logger log = LoggerFactory.getLogger(PublishTask.class);

    @Bean
    CustomTask<String> publishItemTask(Dispatcher dispatcher) {
        return Tasks.custom(NAME, String.class)
                .onDeadExecutionRevive()
                .onFailureReschedule(FixedDelay.ofSeconds(30))
                .execute((instance, context) -> {
                    UUID item = UUID.fromString(instance.getId());
                    UUID workspace = UUID.fromString(instance.getData());
                    Optional<Instant> next = dispatcher.run(workspace, item);
                    return (complete, operations) -> {
                        if (next.isPresent()) {
                            operations.reschedule(complete, next.get());
                        } else {
                            operations.remove();
                        }
                    };
                });
    }

    static TaskInstance<String> instance(UUID workspaceId, UUID itemId) {
        return new TaskInstance<>(NAME, itemId.toString(), workspaceId.toString());
    }

    static TaskInstanceId id(UUID itemId) {
        return TaskInstanceId.of(NAME, itemId.toString());
    }

    @Bean
    RecurringTask<Void> publishSweep(Plan plan, Optional<Clock> clock) {
        Clock time = clock.orElse(Clock.systemUTC());
        return Tasks.recurring("publish-sweep", FixedDelay.ofMinutes(1)).execute((instance, context) -> {
            Instant now = time.instant();
            SchedulerClient scheduler = context.getSchedulerClient();
            int added = 0;
            for (Plan.DueItem due : plan.due(now.minusSeconds(30), 1000)) {
                if (scheduler.scheduleIfNotExists(instance(due.workspaceId(), due.itemId()), now)) {
                    added++;
                }
            }
            if (added > 0) {
                log.info("Scheduled {} due item(s) that had no publishing execution", added);
            }
        });
    }
}
