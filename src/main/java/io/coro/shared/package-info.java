/**
 * Small, open building blocks every module may use: identifiers, time helpers, web helpers and the bootstrap of the
 * embedded database.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.coro.shared;

import org.springframework.modulith.ApplicationModule;
