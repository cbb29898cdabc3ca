package io.coro.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import io.coro.support.TestCompany;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An owner invites; the invited person joins through the link, once, before it expires, with the role given. */
@CoroTest
class InvitationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    @Autowired
    JdbcClient jdbc;

    UUID workspace;
    String owner;
    Cookie ownerSession;

    @BeforeEach
    void company() throws Exception {
        workspace = company.workspace("Gelateria Polare");
        owner = company.person(workspace, WorkspaceRole.OWNER);
        ownerSession = Sessions.login(mvc, owner);
    }

    @Test
    void withoutEmailTheLinkIsShownAndTheInvitedPersonJoinsWithTheirRole() throws Exception {
        String email = "nuova-" + UUID.randomUUID().toString().substring(0, 6) + "@polare.example";
        String link = invite(email, "COORDINATOR");
        assertThat(link).startsWith("http://localhost/invite/");
        String path = link.substring("http://localhost".length());

        Document invitation =
                page(mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
        assertThat(invitation.selectFirst("h1").text()).isEqualTo("Join Gelateria Polare");
        assertThat(invitation.text()).contains("as Coordinator").contains(email);

        mvc.perform(post(path)
                        .with(csrf())
                        .param("displayName", "Nadia Nuova")
                        .param("password", "gelato al pistacchio")
                        .param("passwordConfirmation", "gelato al pistacchio"))
                .andExpect(redirectedUrl("/login"));

        Cookie session = Sessions.login(mvc, email, "gelato al pistacchio");
        Document dashboard = page(mvc.perform(get("/").cookie(session)).andReturn());
        assertThat(dashboard.selectFirst(".workspace-box .name").text()).isEqualTo("Gelateria Polare");
        assertThat(company.roleOf(workspace, email)).isEqualTo(WorkspaceRole.COORDINATOR);

        // the link works once
        Document reused = page(mvc.perform(get(path)).andReturn());
        assertThat(reused.text()).contains("This invitation has already been used.");
        assertThat(reused.select("form")).isEmpty();
    }

    @Test
    void expiredRevokedAndMangledLinksSayWhatHappened() throws Exception {
        String expired = invite("late@polare.example", "MEMBER");
        jdbc.sql("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'late@polare.example'")
                .update();
        assertThat(page(mvc.perform(get(pathOf(expired))).andReturn()).text()).contains("This invitation has expired.");
        mvc.perform(post(pathOf(expired))
                .with(csrf())
                .param("displayName", "Late")
                .param("password", "troppo tardi ormai")
                .param("passwordConfirmation", "troppo tardi ormai"));
        assertThat(company.roleOf(workspace, "late@polare.example")).isNull();

        String revoked = invite("gone@polare.example", "MEMBER");
        UUID id = jdbc.sql("SELECT id FROM invitation WHERE email = 'gone@polare.example'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/settings/invitations/{id}/revoke", id)
                        .cookie(ownerSession)
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings/invitations"));
        assertThat(page(mvc.perform(get(pathOf(revoked))).andReturn()).text()).contains("This invitation was revoked.");

        assertThat(page(mvc.perform(get("/invite/not-a-real-token-at-all-1234")).andReturn())
                        .text())
                .contains("This invitation link is not valid.");
        assertThat(page(mvc.perform(get("/invite/<script>")).andReturn()).html())
                .doesNotContain("<script>");
    }

    @Test
    void badAddressesAreRefusedAndNothingIsStored() throws Exception {
        for (String[] bad : new String[][] {
            {"", "Please fill in this field."},
            {"a".repeat(250) + "@polare.example", "Use at most 254 characters."},
            {"<script>alert(1)</script>@polare.example", "Enter a valid e-mail address"},
            {"' OR 1=1 --", "Enter a valid e-mail address"}
        }) {
            Document page = page(mvc.perform(post("/settings/invitations")
                            .cookie(ownerSession)
                            .with(csrf())
                            .header("Accept-Language", "en")
                            .param("email", bad[0])
                            .param("role", "MEMBER"))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(page.getElementById("email-error").text()).as(bad[0]).contains(bad[1]);
        }
        Document wrongRole = page(mvc.perform(post("/settings/invitations")
                        .cookie(ownerSession)
                        .with(csrf())
                        .param("email", "ok@polare.example")
                        .param("role", "EMPEROR"))
                .andReturn());
        assertThat(wrongRole.select(".field.invalid")).isNotEmpty();

        assertThat(jdbc.sql("SELECT count(*) FROM invitation WHERE workspace_id = ?")
                        .param(workspace)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMemberCannotBeInvitedTwice() throws Exception {
        Document page = page(mvc.perform(post("/settings/invitations")
                        .cookie(ownerSession)
                        .with(csrf())
                        .param("email", owner.toUpperCase())
                        .param("role", "MEMBER"))
                .andReturn());
        assertThat(page.getElementById("email-error").text())
                .isEqualTo("This person is already a member of the workspace.");
    }

    String invite(String email, String role) throws Exception {
        MvcResult result = mvc.perform(post("/settings/invitations")
                        .cookie(ownerSession)
                        .with(csrf())
                        .param("email", email)
                        .param("role", role))
                .andExpect(redirectedUrl("/settings/invitations"))
                .andReturn();
        return (String) result.getFlashMap().get("inviteLink");
    }

    static String pathOf(String link) {
        return link.substring(link.indexOf("/invite/"));
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
