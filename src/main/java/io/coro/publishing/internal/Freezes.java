package io.coro.publishing.internal;

import io.coro.publishing.Publishing;
import io.coro.publishing.PublishingEvents;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The switch that stops all of a workspace's publishing (the hook for the crisis freeze). */
@Component
class Freezes implements Publishing {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Freezes(JdbcClient jdbc, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public void freeze(UUID workspaceId, String reason, UUID by) {
        String why = reason == null || reason.isBlank() ? "-" : Ledger.shorten(reason.strip(), 1000);
        int changed = jdbc.sql("""
                        INSERT INTO publishing_freeze (workspace_id, reason, frozen_by, frozen_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (workspace_id) DO NOTHING""")
                .params(workspaceId, why, by, Timestamp.from(clock.instant()))
                .update();
        if (changed > 0) {
            events.publishEvent(new PublishingEvents.PublishingFrozen(workspaceId, why, by));
        }
    }

    @Override
    @Transactional
    public void thaw(UUID workspaceId, UUID by) {
        int changed = jdbc.sql("DELETE FROM publishing_freeze WHERE workspace_id = ?")
                .param(workspaceId)
                .update();
        if (changed > 0) {
            events.publishEvent(new PublishingEvents.PublishingThawed(workspaceId, by));
        }
    }

    @Override
    public Optional<Freeze> freeze(UUID workspaceId) {
        return jdbc.sql("SELECT reason, frozen_by, frozen_at FROM publishing_freeze WHERE workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> new Freeze(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    boolean frozen(UUID workspaceId) {
        return freeze(workspaceId).isPresent();
    }
}
