/**
 * The company's connected accounts on social networks, one adapter package per network behind small capability ports, with encrypted credentials.
 */
@ApplicationModule(
        displayName = "Channels",
        allowedDependencies = {"workspace", "team", "shared"})
package io.coro.channels;

import org.springframework.modulith.ApplicationModule;
