package io.coro.workspace.internal;

import io.coro.workspace.CurrentMember;
import io.coro.workspace.CurrentMember.WorkspaceRef;
import io.coro.workspace.WorkspaceEvents.InvitationRevoked;
import io.coro.workspace.WorkspaceEvents.MemberInvited;
import io.coro.workspace.WorkspaceEvents.MemberJoined;
import io.coro.workspace.WorkspaceRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations: an owner invites by e-mail; the link carries a random token that expires. */
@Service
public class InvitationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Invitations invitations;
    private final WorkspaceRepository workspaces;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final WorkspaceSecurityProperties properties;
    private final ApplicationEventPublisher events;

    InvitationService(
            Invitations invitations,
            WorkspaceRepository workspaces,
            UserAccounts users,
            PasswordEncoder passwordEncoder,
            WorkspaceSecurityProperties properties,
            ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.events = events;
    }

    /** A new invitation and its token; the token exists only in the returned value and in the link made from it. */
    public record Issued(Invitation invitation, String token) {}

    /** What the person who opens an invitation link sees. */
    public record Opened(Invitation invitation, WorkspaceRef workspace, Invitation.Status status, boolean hasAccount) {}

    @Transactional
    @PreAuthorize("hasRole('OWNER')")
    public Issued invite(CurrentMember by, String email, WorkspaceRole role) {
        UUID workspaceId = by.workspaceId();
        Optional<UserAccount> existing = users.findByEmail(email);
        if (existing.isPresent()
                && workspaces.roleOf(workspaceId, existing.get().id()).isPresent()) {
            throw new WorkspaceProblem("email", "invitations.alreadyMember");
        }
        String token = newToken();
        Invitation invitation = invitations.create(
                workspaceId,
                email,
                role,
                hash(token),
                by.userId(),
                Instant.now().plus(properties.invitationValidity()));
        events.publishEvent(new MemberInvited(workspaceId, invitation.id(), role, by.userId()));
        return new Issued(invitation, token);
    }

    @PreAuthorize("hasRole('OWNER')")
    public List<Invitation> list(CurrentMember by) {
        return invitations.ofWorkspace(by.workspaceId());
    }

    @Transactional
    @PreAuthorize("hasRole('OWNER')")
    public void revoke(CurrentMember by, UUID invitationId) {
        if (!invitations.revoke(by.workspaceId(), invitationId)) {
            throw new WorkspaceProblem(null, "invitations.notPending");
        }
        events.publishEvent(new InvitationRevoked(by.workspaceId(), invitationId, by.userId()));
    }

    public Optional<Opened> open(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return invitations
                .findByTokenHash(hash(token))
                .flatMap(invitation -> workspaces
                        .find(invitation.workspaceId())
                        .map(workspace -> new Opened(
                                invitation,
                                workspace,
                                invitation.status(Instant.now()),
                                users.findByEmail(invitation.email()).isPresent())));
    }

    /** Someone new: creates their account with the invitation's e-mail and joins the workspace. */
    @Transactional
    public UUID acceptAsNewUser(String token, String displayName, String password, String locale) {
        Invitation invitation = pending(token);
        if (users.findByEmail(invitation.email()).isPresent()) {
            throw new WorkspaceProblem(null, "invite.loginFirst");
        }
        PasswordPolicy.problem(password, invitation.email(), displayName).ifPresent(key -> {
            throw new WorkspaceProblem("password", key);
        });
        UserAccount user = users.create(invitation.email(), displayName, passwordEncoder.encode(password), locale);
        join(invitation, user.id());
        return user.id();
    }

    /** Someone with an account, signed in with the e-mail address the invitation was sent to. */
    @Transactional
    public UUID acceptAsExistingUser(String token, UUID userId) {
        Invitation invitation = pending(token);
        UserAccount user = users.findById(userId).orElseThrow();
        if (!user.email().equalsIgnoreCase(invitation.email())) {
            throw new WorkspaceProblem(null, "invite.otherAccount");
        }
        if (workspaces.roleOf(invitation.workspaceId(), userId).isPresent()) {
            invitations.markAccepted(invitation.workspaceId(), invitation.id(), userId);
            return invitation.workspaceId();
        }
        join(invitation, userId);
        return invitation.workspaceId();
    }

    private Invitation pending(String token) {
        if (!plausible(token)) {
            throw new WorkspaceProblem(null, "invite.invalid");
        }
        Invitation invitation = invitations
                .findByTokenHashForUpdate(hash(token))
                .orElseThrow(() -> new WorkspaceProblem(null, "invite.invalid"));
        Invitation.Status status = invitation.status(Instant.now());
        if (status != Invitation.Status.PENDING) {
            throw new WorkspaceProblem(null, "invite.status." + status.name());
        }
        return invitation;
    }

    private void join(Invitation invitation, UUID userId) {
        workspaces.addMember(invitation.workspaceId(), userId, invitation.role());
        invitations.markAccepted(invitation.workspaceId(), invitation.id(), userId);
        users.rememberWorkspace(userId, invitation.workspaceId());
        events.publishEvent(new MemberJoined(invitation.workspaceId(), userId, invitation.role(), invitation.id()));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{20,64}");
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
