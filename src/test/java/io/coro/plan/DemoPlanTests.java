package io.coro.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.strategy.StrategyDocument;
import io.coro.strategy.StrategyEvents.StrategySaved;
import io.coro.strategy.internal.StrategyVersions;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import io.coro.workspace.WorkspaceRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** The demo pastry shop gets a month of planned content once its strategy is saved, and only once. */
@CoroTest
@EnableScenarios
class DemoPlanTests {

    @Autowired
    TestCompany company;

    @Autowired
    StrategyVersions strategies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoStrategySeedsAMonthInEveryStateWithSlotsAndAMention(Scenario scenario) {
        UUID ws = company.workspace("Pasticceria Aurora");
        for (String name : List.of("giulia", "marco", "chiara", "luca", "sara")) {
            String email = company.person(ws, name.equals("giulia") ? WorkspaceRole.OWNER : WorkspaceRole.MEMBER);
            jdbc.sql("UPDATE app_user SET email = ? WHERE email = ?")
                    .params(name + "@aurora.example", email)
                    .update();
        }
        List<StrategyDocument.Pillar> pillars =
                List.of("Dietro le quinte", "Prodotti di stagione", "Clienti e comunità", "Eventi e laboratori")
                        .stream()
                        .map(n -> new StrategyDocument.Pillar(
                                UUID.randomUUID(), n, "", 25, List.of(), List.of(), "#15803d"))
                        .toList();
        strategies.save(
                ws,
                new StrategyDocument(
                        List.of(),
                        List.of(
                                new StrategyDocument.ChannelRole("Instagram", ""),
                                new StrategyDocument.ChannelRole("Facebook", "")),
                        pillars,
                        StrategyDocument.ToneOfVoice.empty(),
                        ""),
                "demo",
                null);

        scenario.publish(new StrategySaved(ws, 1, true))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> count(ws, "TRUE"), n -> n > 0)
                .andVerify(n -> assertThat(n).isGreaterThan(15));

        assertThat(jdbc.sql("SELECT DISTINCT status FROM plan_item WHERE workspace_id = ?")
                        .param(ws)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "IDEA", "DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED", "FAILED", "CANCELLED");
        assertThat(count(ws, "status = 'PUBLISHED' AND published_url LIKE 'https://%'"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count(ws, "pillar_id IS NULL")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM plan_slot WHERE workspace_id = ?")
                        .param(ws)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_mention WHERE workspace_id = ?")
                        .param(ws)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        int seeded = count(ws, "TRUE");

        // a later save of the demo strategy: the plan's listener runs to completion and adds nothing
        scenario.publish(new StrategySaved(ws, 2, true))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(this::pendingPlanListeners, n -> n == 0)
                .andVerify(n -> assertThat(count(ws, "TRUE")).as("seeded once").isEqualTo(seeded));
    }

    int pendingPlanListeners() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?")
                .param("%DemoPlan%")
                .query(Integer.class)
                .single();
    }

    int count(UUID ws, String condition) {
        return jdbc.sql("SELECT count(*) FROM plan_item WHERE workspace_id = ? AND " + condition)
                .param(ws)
                .query(Integer.class)
                .single();
    }
}
