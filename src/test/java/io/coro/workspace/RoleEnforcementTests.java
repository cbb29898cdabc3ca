package io.coro.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import io.coro.support.TestCompany;
import io.coro.workspace.internal.InvitationService;
import jakarta.servlet.http.Cookie;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** What each role may do is enforced on the server, and nothing crosses from one workspace to another. */
@CoroTest
class RoleEnforcementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationService invitations;

    UUID workspaceA;
    UUID workspaceB;
    String ownerA;
    String ownerB;
    String memberB;

    @BeforeEach
    void companies() {
        workspaceA = company.workspace("Forno Alfa");
        workspaceB = company.workspace("Bottega Beta");
        ownerA = company.person(workspaceA, WorkspaceRole.OWNER);
        ownerB = company.person(workspaceB, WorkspaceRole.OWNER);
        memberB = company.person(workspaceB, WorkspaceRole.MEMBER);
    }

    @ParameterizedTest
    @EnumSource(
            value = WorkspaceRole.class,
            names = {"VIEWER", "MEMBER", "COORDINATOR"})
    void onlyOwnersInviteChangeSettingsAndRoles(WorkspaceRole role) throws Exception {
        String person = company.person(workspaceA, role);
        String colleague = company.person(workspaceA, WorkspaceRole.MEMBER);
        Cookie session = Sessions.login(mvc, person);

        mvc.perform(get("/settings/invitations").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/invitations")
                        .cookie(session)
                        .with(csrf())
                        .param("email", "newcomer@test.example")
                        .param("role", "OWNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Hijacked")
                        .param("language", "en")
                        .param("timeZone", "Europe/Rome"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/members/{id}/role", company.userId(person))
                        .cookie(session)
                        .with(csrf())
                        .param("role", "OWNER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/members/{id}/remove", company.userId(colleague))
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(company.roleOf(workspaceA, person)).isEqualTo(role);
        assertThat(company.roleOf(workspaceA, colleague)).isEqualTo(WorkspaceRole.MEMBER);
        assertThat(jdbc.sql("SELECT name FROM workspace WHERE id = ?")
                        .param(workspaceA)
                        .query(String.class)
                        .single())
                .isEqualTo("Forno Alfa");
        assertThat(jdbc.sql("SELECT count(*) FROM invitation WHERE workspace_id = ?")
                        .param(workspaceA)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anOwnerMayDoWhatOthersMayNot() throws Exception {
        String member = company.person(workspaceA, WorkspaceRole.MEMBER);
        Cookie session = Sessions.login(mvc, ownerA);

        mvc.perform(post("/settings/members/{id}/role", company.userId(member))
                        .cookie(session)
                        .with(csrf())
                        .param("role", "COORDINATOR"))
                .andExpect(redirectedUrl("/settings/members"));

        assertThat(company.roleOf(workspaceA, member)).isEqualTo(WorkspaceRole.COORDINATOR);
    }

    @Test
    void aChangedRoleCountsAtTheNextRequestOfAnOpenSession() throws Exception {
        String member = company.person(workspaceA, WorkspaceRole.OWNER);
        Cookie session = Sessions.login(mvc, member);
        mvc.perform(get("/settings/invitations").cookie(session)).andExpect(status().isOk());

        jdbc.sql("UPDATE membership SET role = 'VIEWER' WHERE user_id = ?")
                .param(company.userId(member))
                .update();

        mvc.perform(get("/settings/invitations").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void servicesRefuseCallersWithoutTheRoleEvenWithoutTheWeb() {
        CurrentMember member = new CurrentMember(
                company.userId(memberB),
                memberB,
                "Member",
                Locale.ENGLISH,
                new CurrentMember.WorkspaceRef(workspaceB, "Bottega Beta", Locale.ENGLISH, ZoneId.of("Europe/Rome")),
                WorkspaceRole.MEMBER);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        memberB, null, AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_MEMBER")));
        try {
            assertThatThrownBy(() -> invitations.invite(member, "x@test.example", WorkspaceRole.OWNER))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anOwnerOfOneWorkspaceCannotReadTheMembersOfAnother() throws Exception {
        Cookie session = Sessions.login(mvc, ownerA);

        String page = mvc.perform(get("/settings/members").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(ownerA).doesNotContain(ownerB).doesNotContain(memberB);
    }

    @Test
    void anOwnerOfOneWorkspaceCannotChangeAnythingOfAnother() throws Exception {
        UUID invitationOfB = company.invitation(workspaceB, "guest@test.example", ownerB);
        Cookie session = Sessions.login(mvc, ownerA);

        // change the role of, and remove, a member of B
        mvc.perform(post("/settings/members/{id}/role", company.userId(memberB))
                .cookie(session)
                .with(csrf())
                .param("role", "VIEWER"));
        mvc.perform(post("/settings/members/{id}/remove", company.userId(ownerB))
                .cookie(session)
                .with(csrf()));
        // revoke B's invitation
        mvc.perform(post("/settings/invitations/{id}/revoke", invitationOfB)
                .cookie(session)
                .with(csrf()));
        // switch into B
        mvc.perform(post("/workspaces/switch").cookie(session).with(csrf()).param("workspaceId", workspaceB.toString()))
                .andExpect(status().isForbidden());

        assertThat(company.roleOf(workspaceB, memberB)).isEqualTo(WorkspaceRole.MEMBER);
        assertThat(company.roleOf(workspaceB, ownerB)).isEqualTo(WorkspaceRole.OWNER);
        assertThat(jdbc.sql("SELECT revoked_at IS NULL FROM invitation WHERE id = ?")
                        .param(invitationOfB)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        mvc.perform(get("/").cookie(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Forno Alfa")));
    }

    @Test
    void aPersonInTwoWorkspacesSwitchesBetweenThem() throws Exception {
        company.join(workspaceB, ownerA, WorkspaceRole.VIEWER);
        Cookie session = Sessions.login(mvc, ownerA);

        mvc.perform(post("/workspaces/switch").cookie(session).with(csrf()).param("workspaceId", workspaceB.toString()))
                .andExpect(redirectedUrl("/"));

        String members = mvc.perform(get("/settings/members").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(members).contains(ownerB).contains(memberB);
        // a viewer in B, although an owner in A
        mvc.perform(get("/settings/invitations").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/settings/members")).andExpect(status().is3xxRedirection());
    }
}
