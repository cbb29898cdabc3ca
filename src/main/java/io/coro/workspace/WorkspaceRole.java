package io.coro.workspace;

/**
 * What a member may do in a workspace. Each role includes what the roles below it may do.
 *
 * <ul>
 *   <li>OWNER: everything, including the workspace's settings, its members and invitations;
 *   <li>COORDINATOR: steers the team, the strategy and the plan; approves;
 *   <li>MEMBER: publishes and answers within their competences;
 *   <li>VIEWER: reads.
 * </ul>
 */
public enum WorkspaceRole {
    VIEWER,
    MEMBER,
    COORDINATOR,
    OWNER;

    public boolean includes(WorkspaceRole other) {
        return compareTo(other) >= 0;
    }

    /** The Spring Security authority, e.g. {@code ROLE_OWNER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
