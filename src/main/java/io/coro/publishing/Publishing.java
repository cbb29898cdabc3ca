package io.coro.publishing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of publishing: chiefly the one switch that stops all of a workspace's publishing (the
 * governance module's crisis freeze). While frozen, nothing goes out: due posts wait, held in the ledger, and go out
 * when the freeze is lifted, unless people cancel or move them.
 */
public interface Publishing {

    void freeze(UUID workspaceId, String reason, UUID by);

    void thaw(UUID workspaceId, UUID by);

    Optional<Freeze> freeze(UUID workspaceId);

    record Freeze(String reason, UUID by, Instant since) {}
}
