package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceEvents.MemberRemoved;
import io.coro.workspace.WorkspaceEvents.MemberRoleChanged;
import io.coro.workspace.WorkspaceEvents.WorkspaceCreated;
import io.coro.workspace.WorkspaceEvents.WorkspaceSettingsChanged;
import io.coro.workspace.WorkspaceRole;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating workspaces, their settings and their members' roles. */
@Service
public class WorkspaceService {

    private final WorkspaceRepository workspaces;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    WorkspaceService(
            WorkspaceRepository workspaces,
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.workspaces = workspaces;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.jdbc = jdbc;
    }

    public boolean setupDone() {
        return workspaces.anyExists();
    }

    /**
     * The first start: creates the company's workspace and its first owner. Refused once any workspace exists, also
     * when two browsers submit the setup at the same moment.
     */
    @Transactional
    public UUID setUp(String companyName, String locale, ZoneId zone, String ownerName, String email, String password) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('coro.setup'))")
                .query(Object.class)
                .single();
        if (workspaces.anyExists()) {
            throw new WorkspaceProblem(null, "setup.alreadyDone");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new WorkspaceProblem("email", "account.emailTaken");
        }
        PasswordPolicy.problem(password, email, ownerName).ifPresent(key -> {
            throw new WorkspaceProblem("password", key);
        });
        UserAccount owner = users.create(email, ownerName, passwordEncoder.encode(password), locale);
        return createWorkspace(owner.id(), companyName, locale, zone, false);
    }

    /** Another workspace for someone who already has an account (an agency serving several companies). */
    @Transactional
    public UUID createAnother(CurrentMember by, String companyName, String locale, ZoneId zone) {
        return createWorkspace(by.userId(), companyName, locale, zone, false);
    }

    @Transactional
    UUID createWorkspace(UUID ownerId, String name, String locale, ZoneId zone, boolean demo) {
        UUID workspaceId = workspaces.create(name, locale, zone, demo);
        workspaces.addMember(workspaceId, ownerId, WorkspaceRole.OWNER);
        users.rememberWorkspace(ownerId, workspaceId);
        events.publishEvent(new WorkspaceCreated(workspaceId, ownerId, demo));
        return workspaceId;
    }

    @Transactional
    @PreAuthorize("hasRole('OWNER')")
    public void updateSettings(CurrentMember by, String name, String locale, ZoneId zone) {
        workspaces.update(by.workspaceId(), name, locale, zone);
        events.publishEvent(new WorkspaceSettingsChanged(by.workspaceId(), by.userId()));
    }

    @Transactional
    @PreAuthorize("hasRole('OWNER')")
    public void changeRole(CurrentMember by, UUID userId, WorkspaceRole role) {
        UUID workspaceId = by.workspaceId();
        WorkspaceRole current = workspaces
                .roleOf(workspaceId, userId)
                .orElseThrow(() -> new WorkspaceProblem(null, "members.notFound"));
        if (current == role) {
            return;
        }
        if (current == WorkspaceRole.OWNER && workspaces.countOwnersForUpdate(workspaceId) <= 1) {
            throw new WorkspaceProblem(null, "members.lastOwner");
        }
        workspaces.changeRole(workspaceId, userId, role);
        events.publishEvent(new MemberRoleChanged(workspaceId, userId, current, role, by.userId()));
    }

    @Transactional
    @PreAuthorize("hasRole('OWNER')")
    public void removeMember(CurrentMember by, UUID userId) {
        UUID workspaceId = by.workspaceId();
        WorkspaceRole current = workspaces
                .roleOf(workspaceId, userId)
                .orElseThrow(() -> new WorkspaceProblem(null, "members.notFound"));
        if (current == WorkspaceRole.OWNER && workspaces.countOwnersForUpdate(workspaceId) <= 1) {
            throw new WorkspaceProblem(null, "members.lastOwner");
        }
        workspaces.removeMember(workspaceId, userId);
        events.publishEvent(new MemberRemoved(workspaceId, userId, by.userId()));
    }
}
