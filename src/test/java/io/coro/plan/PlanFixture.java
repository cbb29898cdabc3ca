package io.coro.plan;

import io.coro.strategy.StrategyDocument;
import io.coro.strategy.internal.StrategyVersions;
import io.coro.support.TestCompany;
import io.coro.workspace.CurrentMember;
import io.coro.workspace.WorkspaceRole;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A bakery with a strategy (one pillar, three channels) and a person in every role, for the plan's tests. Services are
 * called as a person would through the web: {@link #as} puts them in the security context.
 */
@Component
public class PlanFixture {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final TestCompany company;
    private final StrategyVersions strategies;

    PlanFixture(TestCompany company, StrategyVersions strategies) {
        this.company = company;
        this.strategies = strategies;
    }

    public record Bakery(
            UUID workspaceId,
            UUID pillarId,
            String ownerEmail,
            String coordinatorEmail,
            String memberEmail,
            String otherMemberEmail,
            String viewerEmail,
            CurrentMember owner,
            CurrentMember coordinator,
            CurrentMember member,
            CurrentMember otherMember,
            CurrentMember viewer) {}

    public Bakery bakery(String name) {
        UUID ws = company.workspace(name);
        UUID pillar = UUID.randomUUID();
        StrategyDocument document = new StrategyDocument(
                List.of(),
                List.of(
                        new StrategyDocument.ChannelRole("Instagram", "the lab"),
                        new StrategyDocument.ChannelRole("Bluesky", "news"),
                        new StrategyDocument.ChannelRole("Newsletter", "monthly letter")),
                List.of(new StrategyDocument.Pillar(
                        pillar, "Behind the scenes", "The lab at work", 40, List.of(), List.of(), "#c2410c")),
                StrategyDocument.ToneOfVoice.empty(),
                "");
        String owner = company.person(ws, WorkspaceRole.OWNER);
        strategies.save(ws, document, "test", company.userId(owner));
        String coordinator = company.person(ws, WorkspaceRole.COORDINATOR);
        String member = company.person(ws, WorkspaceRole.MEMBER);
        String other = company.person(ws, WorkspaceRole.MEMBER);
        String viewer = company.person(ws, WorkspaceRole.VIEWER);
        return new Bakery(
                ws,
                pillar,
                owner,
                coordinator,
                member,
                other,
                viewer,
                me(ws, name, owner, WorkspaceRole.OWNER),
                me(ws, name, coordinator, WorkspaceRole.COORDINATOR),
                me(ws, name, member, WorkspaceRole.MEMBER),
                me(ws, name, other, WorkspaceRole.MEMBER),
                me(ws, name, viewer, WorkspaceRole.VIEWER));
    }

    public CurrentMember me(UUID ws, String name, String email, WorkspaceRole role) {
        return new CurrentMember(
                company.userId(email),
                email,
                "Test " + role,
                Locale.ENGLISH,
                new CurrentMember.WorkspaceRef(ws, name, Locale.ENGLISH, ROME),
                role);
    }

    /** Signs the person in for method security, as the web layer would. */
    public static CurrentMember as(CurrentMember me) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        me.email(),
                        null,
                        List.of(new SimpleGrantedAuthority(me.role().authority()))));
        return me;
    }
}
