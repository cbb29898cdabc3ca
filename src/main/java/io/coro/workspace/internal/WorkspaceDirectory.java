package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember.WorkspaceRef;
import io.coro.workspace.Workspaces;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
class WorkspaceDirectory implements Workspaces {

    private final WorkspaceRepository workspaces;

    WorkspaceDirectory(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public Optional<WorkspaceRef> find(UUID workspaceId) {
        return workspaces.find(workspaceId);
    }

    @Override
    public List<Member> members(UUID workspaceId) {
        return workspaces.members(workspaceId);
    }
}
