/**
 * The editorial calendar: recurring slots, content items with their lifecycle, per-channel variants and media.
 */
@ApplicationModule(
        displayName = "Plan",
        allowedDependencies = {"workspace", "team", "strategy", "shared"})
package io.coro.plan;

import org.springframework.modulith.ApplicationModule;
