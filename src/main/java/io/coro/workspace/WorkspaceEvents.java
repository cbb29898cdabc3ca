package io.coro.workspace;

import java.util.UUID;

/**
 * What happened in the workspace module, for other modules (the audit log of the governance module among them). All
 * are published inside the transaction that made the change.
 */
public final class WorkspaceEvents {

    private WorkspaceEvents() {}

    public record WorkspaceCreated(UUID workspaceId, UUID ownerId, boolean demo) {}

    public record MemberJoined(UUID workspaceId, UUID userId, WorkspaceRole role, UUID invitationId) {}

    public record MemberRoleChanged(
            UUID workspaceId, UUID userId, WorkspaceRole from, WorkspaceRole to, UUID changedBy) {}

    public record MemberRemoved(UUID workspaceId, UUID userId, UUID removedBy) {}

    public record MemberInvited(UUID workspaceId, UUID invitationId, WorkspaceRole role, UUID invitedBy) {}

    public record InvitationRevoked(UUID workspaceId, UUID invitationId, UUID revokedBy) {}

    public record WorkspaceSettingsChanged(UUID workspaceId, UUID changedBy) {}

    public record PasswordChanged(UUID userId) {}

    /** A person changed their name; it shows in every workspace they belong to. */
    public record PersonRenamed(UUID userId, String displayName) {}
}
