package io.coro.team;

import java.util.UUID;

/** What changed in the team, for other modules (the governance module's audit log among them). */
public final class TeamEvents {

    private TeamEvents() {}

    public record CompetenceLevelChanged(
            UUID workspaceId, UUID userId, UUID competenceId, Integer from, Integer to, UUID changedBy) {}

    public record AutonomyChanged(
            UUID workspaceId,
            UUID userId,
            String area,
            AutonomyLevel from,
            AutonomyLevel to,
            String reason,
            UUID changedBy) {}

    public record TeamProfileChanged(UUID workspaceId, UUID userId, String what, UUID changedBy) {}
}
