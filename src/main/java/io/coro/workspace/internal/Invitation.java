package io.coro.workspace.internal;

import io.coro.workspace.WorkspaceRole;
import java.time.Instant;
import java.util.UUID;

/** An invitation to join a workspace. Only the SHA-256 of its token is stored; the link is shown or sent once. */
public record Invitation(
        UUID id,
        UUID workspaceId,
        String email,
        WorkspaceRole role,
        UUID invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt,
        Instant revokedAt) {

    public enum Status {
        PENDING,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    public Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isAfter(expiresAt) ? Status.EXPIRED : Status.PENDING;
    }
}
