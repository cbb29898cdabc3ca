package io.coro.team.internal;

import io.coro.team.AutonomyLevel;
import io.coro.workspace.WorkspaceEvents.MemberJoined;
import io.coro.workspace.WorkspaceEvents.MemberRemoved;
import io.coro.workspace.WorkspaceEvents.MemberRoleChanged;
import io.coro.workspace.WorkspaceEvents.PersonRenamed;
import io.coro.workspace.WorkspaceEvents.WorkspaceCreated;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the team in step with the workspace: a new workspace gets the default competence catalog, a new member starts
 * SUPERVISED, and every change of membership refreshes the search data.
 */
@Component
class WorkspaceListener {

    private final TeamSetup setup;
    private final TeamLog log;

    WorkspaceListener(TeamSetup setup, TeamLog log) {
        this.setup = setup;
        this.log = log;
    }

    @ApplicationModuleListener
    void on(WorkspaceCreated event) {
        setup.seedCatalog(event.workspaceId());
        setup.startSupervised(event.workspaceId(), event.ownerId(), AutonomyLevel.AUTONOMOUS);
        if (event.demo()) {
            setup.demoTeam(event.workspaceId());
        }
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        setup.startSupervised(event.workspaceId(), event.userId(), AutonomyLevel.SUPERVISED);
    }

    @ApplicationModuleListener
    void on(MemberRoleChanged event) {
        log.bump(event.workspaceId());
    }

    @ApplicationModuleListener
    void on(MemberRemoved event) {
        bump(event.workspaceId());
    }

    /** The search shows names: every workspace of the renamed person reloads its team. */
    @ApplicationModuleListener
    void on(PersonRenamed event) {
        log.bumpWorkspacesOf(event.userId());
    }

    private void bump(UUID workspaceId) {
        log.bump(workspaceId);
    }
}
