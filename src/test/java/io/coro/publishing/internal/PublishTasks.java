package io.coro.publishing.internal;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import java.time.Instant;
import java.util.UUID;

/**
 * For items written straight into the database (the publishing benchmark): the execution {@link PublishingListener}
 * gives a scheduled item, to be handed to the scheduler in one batch.
 */
public final class PublishTasks {

    private PublishTasks() {}

    public static SchedulableInstance<String> at(UUID workspaceId, UUID itemId, Instant at) {
        return SchedulableInstance.of(PublishTask.instance(workspaceId, itemId), at);
    }
}
