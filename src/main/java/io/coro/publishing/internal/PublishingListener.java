package io.coro.publishing.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.coro.channels.ChannelEvents;
import io.coro.plan.PlanEvents;
import io.coro.publishing.PublishingEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the due work in step with the plan and the channels: a scheduled item gets its execution at its time, a
 * moved one is moved, a withdrawn one is dropped; posts held for a channel or a freeze go as soon as it is lifted.
 * Events are kept in the event publication registry until handled, so none is lost across a restart.
 */
@Component
class PublishingListener {

    private static final Logger log = LoggerFactory.getLogger(PublishingListener.class);

    private final SchedulerClient scheduler;
    private final Ledger ledger;
    private final Clock clock;

    PublishingListener(SchedulerClient scheduler, Ledger ledger, Optional<Clock> clock) {
        this.scheduler = scheduler;
        this.ledger = ledger;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(PlanEvents.ItemScheduled event) {
        ledger.reopen(event.itemId(), event.at(), clock.instant());
        at(event.workspaceId(), event.itemId(), event.at());
    }

    @ApplicationModuleListener
    void on(PlanEvents.ItemRescheduled event) {
        // only a scheduled item has an execution to move; the run checks the item's status in any case
        if (scheduler.getScheduledExecution(PublishTask.id(event.itemId())).isPresent()) {
            ledger.reopen(event.itemId(), event.to(), clock.instant());
            at(event.workspaceId(), event.itemId(), event.to());
        }
    }

    @ApplicationModuleListener
    void on(PlanEvents.ItemReopened event) {
        withdraw(event.itemId());
    }

    @ApplicationModuleListener
    void on(PlanEvents.ItemCancelled event) {
        withdraw(event.itemId());
    }

    @ApplicationModuleListener
    void on(ChannelEvents.ChannelReconnected event) {
        resume(event.workspaceId(), event.channelId());
    }

    @ApplicationModuleListener
    void on(ChannelEvents.ChannelResumed event) {
        resume(event.workspaceId(), event.channelId());
    }

    @ApplicationModuleListener
    void on(PublishingEvents.PublishingThawed event) {
        resume(event.workspaceId(), null);
    }

    private void resume(UUID workspaceId, UUID channelId) {
        Instant now = clock.instant();
        for (UUID item : ledger.heldItems(workspaceId, channelId)) {
            at(workspaceId, item, now);
        }
    }

    private void withdraw(UUID itemId) {
        ledger.cancelOpen(itemId, clock.instant());
        try {
            scheduler.cancel(PublishTask.id(itemId));
        } catch (RuntimeException e) {
            // none scheduled, or running now: the run sees the item is no longer scheduled
            log.debug("No execution to cancel for item {}: {}", itemId, e.getMessage());
        }
    }

    private void at(UUID workspaceId, UUID itemId, Instant when) {
        try {
            scheduler.schedule(
                    PublishTask.instance(workspaceId, itemId),
                    when,
                    SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (RuntimeException e) {
            // running now: that run reads the item's time and reschedules itself
            log.debug("Could not move the execution of item {}: {}", itemId, e.getMessage());
        }
    }
}
