package io.coro.strategy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may read of the strategy module. Every call is scoped to one workspace. */
public interface Strategy {

    /** The strategy in force now (an empty one before the first save). */
    StrategyDocument current(UUID workspaceId);

    /** What the strategy said at a moment: the last version saved before it. */
    Optional<StrategyDocument> asOf(UUID workspaceId, Instant moment);

    /** The content pillars in force now. */
    default List<StrategyDocument.Pillar> pillars(UUID workspaceId) {
        return current(workspaceId).pillars();
    }

    /**
     * The channels the company uses: those the strategy gives a role, else the usual networks. Until the channels
     * module connects accounts, a channel is its name.
     */
    List<String> channels(UUID workspaceId);
}
