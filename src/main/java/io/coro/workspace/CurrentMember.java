package io.coro.workspace;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * The signed-in person and the workspace they are working in, resolved from the database on every request (so a
 * changed role counts at once). Controllers of every module take it as a method parameter.
 *
 * @param workspace the current workspace, or {@code null} when the person belongs to none
 * @param role their role in it, or {@code null} with no workspace
 */
public record CurrentMember(
        UUID userId,
        String email,
        String displayName,
        Locale preferredLocale,
        WorkspaceRef workspace,
        WorkspaceRole role) {

    public boolean hasWorkspace() {
        return workspace != null;
    }

    public UUID workspaceId() {
        if (workspace == null) {
            throw new IllegalStateException("No current workspace");
        }
        return workspace.id();
    }

    public boolean is(WorkspaceRole atLeast) {
        return role != null && role.includes(atLeast);
    }

    /** A workspace as shown to its members. */
    public record WorkspaceRef(UUID id, String name, Locale locale, ZoneId timeZone) {}
}
