/**
 * Where the company starts and where it goes: baseline audits, objectives and KPIs, audiences, content pillars, tone of voice and the readiness checklist.
 */
@ApplicationModule(
        displayName = "Strategy",
        allowedDependencies = {"workspace", "team", "shared"})
package io.coro.strategy;

import org.springframework.modulith.ApplicationModule;
