package io.coro.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import io.coro.support.TestCompany;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With SMTP configured, invitations go out by e-mail in the inviter's language; when SMTP fails, nothing is lost. */
@CoroTest
@TestPropertySource(
        properties = {
            "spring.mail.host=localhost",
            "spring.mail.port=3025",
            "coro.base-url=https://coro.polare.example/",
            "coro.mail.from=coro@polare.example"
        })
class InvitationMailTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvitationIsEmailedInTheInvitersLanguageAndItsLinkWorks() throws Exception {
        UUID workspace = company.workspace("Gelateria Polare");
        String owner = company.person(workspace, WorkspaceRole.OWNER);
        jdbc.sql("UPDATE app_user SET locale = 'it', display_name = 'Paola Polare' WHERE email = ?")
                .param(owner)
                .update();
        Cookie session = Sessions.login(mvc, owner);

        MvcResult result = mvc.perform(post("/settings/invitations")
                        .cookie(session)
                        .with(csrf())
                        .param("email", "marta@polare.example")
                        .param("role", "MEMBER"))
                .andExpect(redirectedUrl("/settings/invitations"))
                .andReturn();
        assertThat(new java.util.HashMap<String, Object>(result.getFlashMap()))
                .containsEntry("flash", "invitations.sent")
                .doesNotContainKey("inviteLink");

        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("marta@polare.example");
        assertThat(message.getFrom()[0].toString()).isEqualTo("coro@polare.example");
        assertThat(message.getSubject()).isEqualTo("Paola Polare ti invita in Gelateria Polare su Coro");
        String body = (String) message.getContent(); // decoded, without quoted-printable line breaks
        assertThat(body).contains("come Membro");
        Matcher link = Pattern.compile("https://coro\\.polare\\.example/invite/([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("the link in: " + body).isTrue();

        String page = mvc.perform(get("/invite/" + link.group(1)).header("Accept-Language", "it"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Entra in Gelateria Polare");
    }

    @Test
    void whenTheMailServerIsDownTheLinkIsShownInstead() throws Exception {
        UUID workspace = company.workspace("Gelateria Artica");
        String owner = company.person(workspace, WorkspaceRole.OWNER);
        Cookie session = Sessions.login(mvc, owner);
        mail.stop();

        MvcResult result = mvc.perform(post("/settings/invitations")
                        .cookie(session)
                        .with(csrf())
                        .param("email", "nina@artica.example")
                        .param("role", "VIEWER"))
                .andExpect(redirectedUrl("/settings/invitations"))
                .andReturn();

        assertThat(new java.util.HashMap<String, Object>(result.getFlashMap()))
                .containsEntry("problem", "invitations.mailFailed");
        assertThat((String) result.getFlashMap().get("inviteLink")).startsWith("https://coro.polare.example/invite/");
        assertThat(jdbc.sql("SELECT count(*) FROM invitation WHERE workspace_id = ? AND revoked_at IS NULL")
                        .param(workspace)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
