/**
 * Who knows what: members' responsibilities, competences with levels and evidence, attitudes, languages, capacity and autonomy per area.
 */
@ApplicationModule(
        displayName = "Team",
        allowedDependencies = {"workspace", "shared"})
package io.coro.team;

import org.springframework.modulith.ApplicationModule;
