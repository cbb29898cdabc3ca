package io.coro.workspace.web;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.CurrentMember.WorkspaceRef;
import io.coro.workspace.internal.WorkspaceRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout shows on every signed-in page: who is signed in, their workspace and the others they have. */
@ControllerAdvice
class ShellModelAdvice {

    private final WorkspaceRepository workspaces;

    ShellModelAdvice(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @ModelAttribute("me")
    CurrentMember me(HttpServletRequest request) {
        return CurrentMemberFilter.of(request).orElse(null);
    }

    /** The path of the page, to mark the current navigation entry. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("myWorkspaces")
    List<WorkspaceRef> myWorkspaces(HttpServletRequest request) {
        return CurrentMemberFilter.of(request)
                .map(me -> workspaces.workspacesOf(me.userId()))
                .orElse(List.of());
    }
}
