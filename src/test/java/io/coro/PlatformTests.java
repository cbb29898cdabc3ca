package io.coro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import io.coro.support.TestCompany;
import io.coro.workspace.WorkspaceRole;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Health, metrics, security headers, CSRF, and the job scheduler, on the running application. */
@CoroTest
class PlatformTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsPublicButItsDetailsAreForOwners() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());

        UUID workspace = company.workspace("Osteria Sana");
        Cookie member = Sessions.login(mvc, company.person(workspace, WorkspaceRole.MEMBER));
        mvc.perform(get("/actuator/health").cookie(member))
                .andExpect(jsonPath("$.components").doesNotExist());

        Cookie owner = Sessions.login(mvc, company.person(workspace, WorkspaceRole.OWNER));
        mvc.perform(get("/actuator/health").cookie(owner))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
    }

    @Test
    void prometheusMetricsAreServedToTheLocalScraper() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("127.0.0.1");
                    return request;
                }))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");

        mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void everyPageCarriesStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("default-src 'self'"),
                                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void onlyCoroAccountsCanSignIn(@Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeansOfType(org.springframework.security.core.userdetails.UserDetailsService.class))
                .as("no fallback user store (such as Spring Boot's generated 'user')")
                .isEmpty();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        UUID workspace = company.workspace("Osteria Sicura");
        Cookie owner = Sessions.login(mvc, company.person(workspace, WorkspaceRole.OWNER));

        mvc.perform(post("/settings")
                        .cookie(owner)
                        .param("name", "Forged")
                        .param("language", "en")
                        .param("timeZone", "Europe/Rome"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT name FROM workspace WHERE id = ?")
                        .param(workspace)
                        .query(String.class)
                        .single())
                .isEqualTo("Osteria Sicura");
    }

    @Test
    void theSchedulerHasPickedUpTheRecurringHousekeeping() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'workspace-housekeeping'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
