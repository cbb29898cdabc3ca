/**
 * Conversations and messages from every channel: routing by competence, assignment, SLAs, notes, collisions, saved replies and search.
 */
@ApplicationModule(
        displayName = "Inbox",
        allowedDependencies = {"workspace", "team", "channels", "governance", "shared"})
package io.coro.inbox;

import org.springframework.modulith.ApplicationModule;
