/**
 * Publishes planned content exactly once: the publish ledger with scheduling, dispatch, attempts, idempotency, reconciliation and retries.
 */
@ApplicationModule(
        displayName = "Publishing",
        allowedDependencies = {"workspace", "plan", "channels", "channels :: spi", "shared"})
package io.coro.publishing;

import org.springframework.modulith.ApplicationModule;
