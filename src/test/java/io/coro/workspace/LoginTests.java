package io.coro.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Logging in and out, "remember me", throttling, password change and the language of the pages. */
@CoroTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    UUID workspace;
    String person;

    @BeforeEach
    void company() {
        workspace = company.workspace("Caffè Lento");
        person = company.person(workspace, WorkspaceRole.MEMBER);
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheEmail() throws Exception {
        MvcResult failed = mvc.perform(
                        formLogin("/login").userParameter("email").user(person).password("nope"))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        Cookie session = failed.getResponse().getCookie("CORO_SESSION");

        var page = Jsoup.parse(mvc.perform(get("/login?error").cookie(session).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".alert.error").text()).isEqualTo("The e-mail or the password is not correct.");
        assertThat(page.getElementById("email").val()).isEqualTo(person);
    }

    @Test
    void repeatedFailuresPauseLoginEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").userParameter("email").user(person).password("guess " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").userParameter("email").user(person).password(TestCompany.PASSWORD))
                .andExpect(redirectedUrl("/login?paused=15"));

        String page = mvc.perform(get("/login?paused=15").header("Accept-Language", "it"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".alert.error").text())
                .isEqualTo("Troppi tentativi non riusciti. Per sicurezza l'accesso è sospeso: riprova tra 15 min.");
        // another person is not affected
        Sessions.login(mvc, company.person(workspace, WorkspaceRole.MEMBER));
    }

    @Test
    void rememberMeKeepsThePersonSignedInAfterTheSessionEnds() throws Exception {
        MvcResult login = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", person)
                        .param("password", TestCompany.PASSWORD)
                        .param("remember-me", "on"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie rememberMe = login.getResponse().getCookie("CORO_REMEMBER");
        assertThat(rememberMe).isNotNull();
        assertThat(rememberMe.isHttpOnly()).isTrue();

        // no session cookie: a new browser session
        mvc.perform(get("/").cookie(rememberMe)).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Cookie session = Sessions.login(mvc, person);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndThenOnlyTheNewOneWorks() throws Exception {
        Cookie session = Sessions.login(mvc, person);
        Cookie otherBrowser = Sessions.login(mvc, person);

        String refused = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("currentPassword", "not my password")
                        .param("newPassword", "a brand new sentence")
                        .param("newPasswordConfirmation", "a brand new sentence"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).getElementById("currentPassword-error").text())
                .isEqualTo("The current password is not correct.");

        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", TestCompany.PASSWORD)
                        .param("newPassword", "a brand new sentence")
                        .param("newPasswordConfirmation", "a brand new sentence"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(otherBrowser)).andExpect(status().is3xxRedirection());

        mvc.perform(formLogin("/login").userParameter("email").user(person).password(TestCompany.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        Sessions.login(mvc, person, "a brand new sentence");
    }

    @Test
    void pagesSpeakTheBrowsersLanguageUntilThePersonChoosesOne() throws Exception {
        Cookie session = Sessions.login(mvc, person);
        var italian = Jsoup.parse(mvc.perform(get("/").cookie(session).header("Accept-Language", "it-IT,it;q=0.9"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(italian.selectFirst("html").attr("lang")).isEqualTo("it");
        assertThat(italian.selectFirst(".topbar h1").text()).isEqualTo("Bacheca");

        mvc.perform(post("/account/language").cookie(session).with(csrf()).param("language", "en"));

        var english = Jsoup.parse(mvc.perform(get("/").cookie(session).header("Accept-Language", "it-IT,it;q=0.9"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst(".topbar h1").text()).isEqualTo("Dashboard");
    }
}
