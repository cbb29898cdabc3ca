/**
 * Guardrails against brand-reputation risk: policy rules, risk assessment, approvals, trust levels, crisis freeze and the tamper-evident audit log.
 */
@ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"workspace", "team", "strategy", "plan", "shared"})
package io.coro.governance;

import org.springframework.modulith.ApplicationModule;
