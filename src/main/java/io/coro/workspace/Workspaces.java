package io.coro.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other modules may read about workspaces and their people. Every call is scoped to one workspace. */
public interface Workspaces {

    Optional<CurrentMember.WorkspaceRef> find(UUID workspaceId);

    /** The members of a workspace, by name. */
    List<Member> members(UUID workspaceId);

    /** A person as a member of one workspace. */
    record Member(UUID userId, String displayName, String email, WorkspaceRole role) {}
}
