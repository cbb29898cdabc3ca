package io.coro.workspace.internal;

import java.time.Instant;
import java.util.UUID;

/** A person who can sign in; belongs to one or more workspaces through memberships. */
public record UserAccount(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        String locale,
        UUID lastWorkspaceId,
        Instant createdAt,
        Instant passwordChangedAt) {}
