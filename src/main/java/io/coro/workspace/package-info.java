/**
 * The company (workspace, the tenant), its users, their roles and invitations, setup, login and the session's current workspace.
 */
@ApplicationModule(
        displayName = "Workspace",
        allowedDependencies = {"shared"})
package io.coro.workspace;

import org.springframework.modulith.ApplicationModule;
