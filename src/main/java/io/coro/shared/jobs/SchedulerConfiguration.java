package io.coro.shared.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler for due and recurring work, cluster-safe on PostgreSQL: every node polls, the database hands each
 * execution to one node. Modules contribute {@link Task} beans (recurring tasks are scheduled at start); nothing here
 * lists them. Modules schedule one-time work through the {@link SchedulerClient} bean.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    /**
     * Work scheduled inside a transaction joins it: the execution exists if and only if the change that asked for it
     * was committed, and scheduling takes no second connection while the transaction holds one (event listeners,
     * each holding its transaction's connection, could otherwise wait on each other for the pool).
     */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(
                        new org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy(dataSource),
                        List.copyOf(tasks))
                .build();
    }

    /**
     * Starts polling once the application is up and stops it (letting running executions finish) on shutdown. A
     * stopped db-scheduler cannot start again, so every start builds a new one (a test context may be paused and
     * resumed).
     */
    @Bean
    SmartLifecycle schedulerLifecycle(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties) {
        return new SmartLifecycle() {
            private volatile Scheduler scheduler;

            @Override
            public void start() {
                if (properties.enabled()) {
                    scheduler = build(dataSource, tasks, properties);
                    scheduler.start();
                }
            }

            @Override
            public void stop() {
                Scheduler running = scheduler;
                scheduler = null;
                if (running != null) {
                    running.stop();
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }

    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, JobsProperties properties) {
        // Recurring tasks are handed over as start tasks (scheduled at start); db-scheduler then knows them already.
        // (a custom task is OnStartup too, but schedules nothing unless asked: it is a plain task here)
        List<Task<?>> plain =
                tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t)
                .toList();
        return Scheduler.create(dataSource, plain)
                .startTasks(recurring)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                // each poll claims a batch (up to 3 per thread) and polls again as soon as it runs low
                .pollUsingLockAndFetch(0.5, 3.0)
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName.Fixed(properties.node()))
                .build();
    }
}
