/**
 * Contacts and their identities across networks, timelines, stages and loyalty, follow-ups, export and erasure.
 */
@ApplicationModule(
        displayName = "Relationships",
        allowedDependencies = {"workspace", "inbox", "channels", "shared"})
package io.coro.relationships;

import org.springframework.modulith.ApplicationModule;
