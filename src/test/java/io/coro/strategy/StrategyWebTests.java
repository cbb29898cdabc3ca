package io.coro.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import io.coro.support.TestCompany;
import io.coro.workspace.WorkspaceRole;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Audits, objectives and the strategy through the pages: bad input is refused where it happens, nothing half-made. */
@CoroTest
class StrategyWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCompany company;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Strategy strategy;

    UUID workspace;
    Cookie coordinator;
    Cookie member;

    @BeforeEach
    void company() throws Exception {
        workspace = company.workspace("Forno Strategico");
        coordinator = Sessions.login(mvc, company.person(workspace, WorkspaceRole.COORDINATOR));
        member = Sessions.login(mvc, company.person(workspace, WorkspaceRole.MEMBER));
    }

    @Test
    void aPillarMixOverOneHundredPercentIsRefusedAndNothingIsSaved() throws Exception {
        Document page = page(mvc.perform(edit().param("pillars[0].name", "Dietro le quinte")
                        .param("pillars[0].share", "60")
                        .param("pillars[1].name", "Prodotti")
                        .param("pillars[1].share", "55"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("#form-problem").text())
                .isEqualTo("The pillar mix sums to 115 %: together the pillars can plan at most 100 % of the posts.");
        // what was typed is still there
        assertThat(page.select("input[name='pillars[1].share']").val()).isEqualTo("55");
        assertThat(strategy.current(workspace).pillars()).isEmpty();
    }

    @Test
    void everySaveIsAVersionAndThePastStaysReadable() throws Exception {
        mvc.perform(edit().param("pillars[0].name", "Dietro le quinte")
                .param("pillars[0].share", "40")
                .param("note", "prima"));
        String firstId = strategy.current(workspace).pillars().get(0).id().toString();
        jdbc.sql("UPDATE strategy_version SET created_at = now() - interval '10 days' WHERE workspace_id = ?")
                .param(workspace)
                .update();
        mvc.perform(edit().param("pillars[0].id", firstId)
                .param("pillars[0].name", "Dietro le quinte")
                .param("pillars[0].share", "60")
                .param("pillars[1].name", "Eventi")
                .param("pillars[1].share", "40")
                .param("principles", "Caldi e semplici\nMai gridare")
                .param("wordsToAvoid", "shock, imperdibile"));

        StrategyDocument now = strategy.current(workspace);
        assertThat(now.pillars())
                .extracting(StrategyDocument.Pillar::name)
                .containsExactly("Dietro le quinte", "Eventi");
        assertThat(now.pillars().get(0).id().toString())
                .as("a pillar keeps its id across versions")
                .isEqualTo(firstId);
        assertThat(now.tone().principles()).containsExactly("Caldi e semplici", "Mai gridare");
        assertThat(now.tone().wordsToAvoid()).containsExactly("shock", "imperdibile");

        Document then = page(mvc.perform(get("/strategy")
                        .param("asOf", LocalDate.now().minusDays(5).toString())
                        .cookie(coordinator)
                        .header("Accept-Language", "en"))
                .andReturn());
        assertThat(then.select(".pillars .pillar h4").eachText()).containsExactly("Dietro le quinte 40 %");
        Document before = page(mvc.perform(get("/strategy")
                        .param("asOf", LocalDate.now().minusDays(30).toString())
                        .cookie(coordinator)
                        .header("Accept-Language", "en"))
                .andReturn());
        assertThat(before.text()).contains("No strategy had been saved on");
    }

    @Test
    void objectivesRefuseDeadlinesInThePastAndTargetsThatChangeNothing() throws Exception {
        assertThat(objectiveProblem(objective("1000", "1200", LocalDate.now().minusDays(1))))
                .isEqualTo("The deadline must be in the future.");
        assertThat(objectiveProblem(objective("1000", "1000", LocalDate.now().plusMonths(3))))
                .isEqualTo("The target equals the baseline: an objective should change something.");
        assertThat(objectiveProblem(objective("1000", "900", LocalDate.now().plusMonths(3))))
                .isEqualTo("The target is below the baseline: for this KPI higher is better.");
        assertThat(objectiveProblem(objective("1000", "lots", LocalDate.now().plusMonths(3))))
                .isEqualTo("Enter a number, e.g. 1250 or 3.5.");
        assertThat(objectiveProblem(
                        objective("1000", "1200", LocalDate.now().plusMonths(3)).param("name", "<b>x</b>")))
                .isEqualTo("The name must be plain text of at most 120 characters.");
        assertThat(jdbc.sql("SELECT count(*) FROM objective WHERE workspace_id = ?")
                        .param(workspace)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anObjectiveShowsWhetherItIsAchievableFromTheAudits() throws Exception {
        audit(LocalDate.now().minusMonths(3), "1000");
        audit(LocalDate.now().minusDays(1), "1100"); // about +3.2 % a month
        MvcResult created = mvc.perform(
                        objective("1100", "9000", LocalDate.now().plusMonths(3)).param("name", "Go viral"))
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location)
                .as(Jsoup.parse(created.getResponse().getContentAsString())
                        .select("#form-problem")
                        .text())
                .startsWith("/strategy/objectives/");

        Document page = page(mvc.perform(get(location).cookie(coordinator).header("Accept-Language", "en"))
                .andReturn());
        assertThat(page.select("#achievability .badge").text()).isEqualTo("Too ambitious");
        assertThat(page.select("#achievability .achievability-text").text())
                .startsWith("It needs +")
                .contains("your last 3 months changed +3.2 % a month")
                .contains("small businesses typically reach up to +4 % a month");

        Document italian = page(mvc.perform(get(location).cookie(coordinator).header("Accept-Language", "it"))
                .andReturn());
        assertThat(italian.select("#achievability .badge").text()).isEqualTo("Troppo ambizioso");
    }

    @Test
    void auditsRefuseImpossibleValuesAndFutureDates() throws Exception {
        Document future = page(mvc.perform(post("/strategy/audits")
                        .cookie(coordinator)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("takenOn", LocalDate.now().plusDays(2).toString())
                        .param("Instagram.FOLLOWERS", "1200"))
                .andReturn());
        assertThat(future.select("#form-problem").text()).isEqualTo("The audit's date cannot be in the future.");
        assertThat(future.select("input[name='Instagram.FOLLOWERS']").val()).isEqualTo("1200");

        Document overHundred = page(mvc.perform(post("/strategy/audits")
                        .cookie(coordinator)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("takenOn", LocalDate.now().toString())
                        .param("Instagram.ENGAGEMENT_RATE", "140"))
                .andReturn());
        assertThat(overHundred.select("#form-problem").text()).startsWith("A value for Instagram is out of range");
        assertThat(jdbc.sql("SELECT count(*) FROM baseline_audit WHERE workspace_id = ?")
                        .param(workspace)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void membersReadTheStrategyButCannotChangeIt() throws Exception {
        mvc.perform(get("/strategy").cookie(member)).andExpect(status().isOk());
        mvc.perform(get("/strategy/edit").cookie(member)).andExpect(status().isForbidden());
        mvc.perform(post("/strategy/edit")
                        .cookie(member)
                        .with(csrf())
                        .param("pillars[0].name", "Mine")
                        .param("pillars[0].share", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(objective("1", "2", LocalDate.now().plusMonths(1), member)).andExpect(status().isForbidden());
        assertThat(strategy.current(workspace).pillars()).isEmpty();
    }

    MockHttpServletRequestBuilder edit() {
        return post("/strategy/edit").cookie(coordinator).with(csrf()).header("Accept-Language", "en");
    }

    MockHttpServletRequestBuilder objective(String baseline, String target, LocalDate deadline) {
        return objective(baseline, target, deadline, coordinator);
    }

    MockHttpServletRequestBuilder objective(String baseline, String target, LocalDate deadline, Cookie session) {
        return post("/strategy/objectives")
                .cookie(session)
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", "More followers")
                .param("kpi", "FOLLOWERS")
                .param("channel", "Instagram")
                .param("baseline", baseline)
                .param("baselineOn", LocalDate.now().toString())
                .param("target", target)
                .param("deadline", deadline.toString());
    }

    String objectiveProblem(MockHttpServletRequestBuilder request) throws Exception {
        return page(mvc.perform(request).andExpect(status().isOk()).andReturn())
                .select("#form-problem")
                .text();
    }

    void audit(LocalDate on, String followers) throws Exception {
        mvc.perform(post("/strategy/audits")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("takenOn", on.toString())
                        .param("Instagram.FOLLOWERS", followers))
                .andExpect(status().is3xxRedirection());
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
