package io.coro.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who may change what in the team, and that every change is kept with who, when and why. */
@CoroTest
class TeamRulesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamFixture fixture;

    @Autowired
    JdbcClient jdbc;

    TeamFixture.Built team;
    Cookie anna; // coordinator
    Cookie bruno; // member

    @BeforeEach
    void team() throws Exception {
        team = fixture.gelateria();
        anna = Sessions.login(mvc, team.email("anna"));
        bruno = Sessions.login(mvc, team.email("bruno"));
    }

    @Test
    void aMemberCannotChangeLevelsAutonomyAttitudesOrProfilesEvenByCallingTheUrl() throws Exception {
        UUID self = team.id("bruno");
        UUID other = team.id("dario");
        for (UUID target : List.of(self, other)) {
            mvc.perform(post("/team/members/{id}/skills", target)
                            .cookie(bruno)
                            .with(csrf())
                            .param("competenceId", competence("video").toString())
                            .param("level", "5"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/team/members/{id}/autonomy", target)
                            .cookie(bruno)
                            .with(csrf())
                            .param("level", "AUTONOMOUS")
                            .param("reason", "I say so"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/team/members/{id}/attitudes", target)
                            .cookie(bruno)
                            .with(csrf())
                            .param("trait", "brilliant")
                            .param("agreed", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/team/members/{id}/profile", target)
                            .cookie(bruno)
                            .with(csrf())
                            .param("jobTitle", "Boss")
                            .param("weeklyCapacity", "1"))
                    .andExpect(status().isForbidden());
        }
        assertThat(level("bruno", "video")).isNull();
        assertThat(autonomy("bruno")).isEqualTo("TRUSTED");

        // the page shows no editing forms to a member
        Document page =
                page(mvc.perform(get("/team/members/{id}", other).cookie(bruno)).andReturn());
        assertThat(page.select("form[action$=/skills], form[action$=/autonomy], form[action$=/profile]"))
                .isEmpty();
    }

    @Test
    void aMemberProposesTheirOwnSkillAndACoordinatorConfirmsIt() throws Exception {
        mvc.perform(post("/team/members/{id}/proposals", team.id("bruno"))
                .cookie(bruno)
                .with(csrf())
                .param("competenceId", competence("video").toString())
                .param("level", "3")
                .param("evidence", "Ho girato i reel dei gusti"));
        mvc.perform(post("/team/members/{id}/proposals", team.id("dario"))
                        .cookie(bruno)
                        .with(csrf())
                        .param("newSkill", "Latte art")
                        .param("level", "5"))
                .andExpect(status().isForbidden());
        assertThat(level("bruno", "video")).as("a proposal does not count yet").isNull();

        UUID proposal = jdbc.sql("SELECT id FROM competence_proposal WHERE user_id = ? AND status = 'PENDING'")
                .param(team.id("bruno"))
                .query(UUID.class)
                .single();
        mvc.perform(post("/team/proposals/{id}/confirm", proposal).cookie(bruno).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/team/proposals/{id}/confirm", proposal).cookie(anna).with(csrf()));

        assertThat(level("bruno", "video")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT evidence FROM member_competence WHERE user_id = ? AND competence_id = ?")
                        .params(team.id("bruno"), competence("video"))
                        .query(String.class)
                        .single())
                .isEqualTo("Ho girato i reel dei gusti");
    }

    @Test
    void levelsChangeOverTimeAndTheHistoryKeepsEveryStep() throws Exception {
        setLevel("dario", "photography", "2");
        setLevel("dario", "photography", "4");
        setLevel("dario", "photography", "");

        List<String> history = jdbc.sql("""
                        SELECT coalesce(old_level::text, '-') || '>' || coalesce(new_level::text, '-') || ' by ' || u.display_name
                          FROM competence_level_history h JOIN app_user u ON u.id = h.changed_by
                         WHERE h.user_id = ? AND h.competence_id = ? ORDER BY h.id""")
                .params(team.id("dario"), competence("photography"))
                .query(String.class)
                .list();
        assertThat(history).containsExactly("->2 by Anna", "2>4 by Anna", "4>- by Anna");
        assertThat(level("dario", "photography")).isNull();
    }

    @Test
    void autonomyNeedsAReasonAndKeepsWhoWhenAndWhy() throws Exception {
        MvcResult refused = mvc.perform(post("/team/members/{id}/autonomy", team.id("dario"))
                        .cookie(anna)
                        .with(csrf())
                        .param("level", "AUTONOMOUS")
                        .param("reason", " "))
                .andReturn();
        assertThat(refused.getFlashMap().get("sectionProblem")).isEqualTo("team.autonomy.reasonRequired");
        assertThat(autonomy("dario")).isEqualTo("TRUSTED");

        mvc.perform(post("/team/members/{id}/autonomy", team.id("dario"))
                .cookie(anna)
                .with(csrf())
                .param("level", "AUTONOMOUS")
                .param("reason", "Un anno di risposte senza problemi"));
        mvc.perform(post("/team/members/{id}/autonomy", team.id("dario"))
                .cookie(anna)
                .with(csrf())
                .param("area", "Instagram")
                .param("level", "SUPERVISED")
                .param("reason", "Nuovo sul canale"));

        assertThat(autonomy("dario")).isEqualTo("AUTONOMOUS");
        Document page = page(mvc.perform(
                        get("/team/members/{id}", team.id("dario")).cookie(anna).header("Accept-Language", "en"))
                .andReturn());
        assertThat(page.select("#autonomy .changes li").eachText())
                .anySatisfy(line -> assertThat(line)
                        .contains("General: Trusted → Autonomous (Un anno di risposte senza problemi) by Anna"))
                .anySatisfy(line -> assertThat(line).contains("Instagram: – → Supervised (Nuovo sul canale) by Anna"));
    }

    @Test
    void attitudesAreRecordedOnlyWithTheMembersAgreementAndTheyMayRemoveThem() throws Exception {
        MvcResult refused = mvc.perform(post("/team/members/{id}/attitudes", team.id("bruno"))
                        .cookie(anna)
                        .with(csrf())
                        .param("trait", "paziente con i bambini"))
                .andReturn();
        assertThat(refused.getFlashMap().get("sectionProblem")).isEqualTo("team.attitude.agreementRequired");

        mvc.perform(post("/team/members/{id}/attitudes", team.id("bruno"))
                .cookie(anna)
                .with(csrf())
                .param("trait", "paziente con i bambini")
                .param("agreed", "true"));
        UUID attitude = jdbc.sql("SELECT id FROM attitude WHERE user_id = ?")
                .param(team.id("bruno"))
                .query(UUID.class)
                .single();

        mvc.perform(post("/team/members/{id}/attitudes/{a}/remove", team.id("bruno"), attitude)
                .cookie(bruno)
                .with(csrf()));
        assertThat(jdbc.sql("SELECT count(*) FROM attitude WHERE user_id = ?")
                        .param(team.id("bruno"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void membersRecordTheirOwnAbsencesOnly() throws Exception {
        LocalDate from = LocalDate.now().plusDays(5);
        mvc.perform(post("/team/members/{id}/absences", team.id("bruno"))
                .cookie(bruno)
                .with(csrf())
                .param("startsOn", from.toString())
                .param("endsOn", from.plusDays(2).toString()));
        mvc.perform(post("/team/members/{id}/absences", team.id("dario"))
                        .cookie(bruno)
                        .with(csrf())
                        .param("startsOn", from.toString())
                        .param("endsOn", from.plusDays(2).toString()))
                .andExpect(status().isForbidden());
        MvcResult backwards = mvc.perform(post("/team/members/{id}/absences", team.id("bruno"))
                        .cookie(bruno)
                        .with(csrf())
                        .param("startsOn", from.toString())
                        .param("endsOn", from.minusDays(1).toString()))
                .andReturn();
        assertThat(backwards.getFlashMap().get("sectionProblem")).isEqualTo("team.absence.endBeforeStart");

        assertThat(jdbc.sql("SELECT count(*) FROM team_absence WHERE user_id = ?")
                        .param(team.id("bruno"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCoordinatorOfOneWorkspaceCannotTouchTheTeamOfAnother() throws Exception {
        TeamFixture.Built other = fixture.gelateria();

        mvc.perform(post("/team/members/{id}/skills", other.id("bruno"))
                .cookie(anna)
                .with(csrf())
                .param("competenceId", competence("video").toString())
                .param("level", "1"));
        mvc.perform(get("/team/members/{id}", other.id("bruno")).cookie(anna)).andExpect(status().isNotFound());

        assertThat(jdbc.sql("SELECT count(*) FROM member_competence WHERE user_id = ? AND level = 1")
                        .param(other.id("bruno"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theInventoryShowsGapsAndSinglePointsOfFailureToEveryone() throws Exception {
        jdbc.sql("UPDATE competence SET needed = TRUE WHERE workspace_id = ? AND code IN ('analytics', 'gelato')")
                .param(team.workspaceId())
                .update();
        Cookie viewer = Sessions.login(mvc, team.email("giorgio"));

        Document page = page(mvc.perform(get("/team/inventory").cookie(viewer).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn());

        // analytics is held only by a viewer, who does not answer: a gap
        assertThat(page.select("#gaps li").eachText()).containsExactly("Analytics");
        assertThat(page.select("#spof li").eachText())
                .contains("Gelato and flavours – Bruno", "Complaints handling – Anna", "Photography – Carla");
        assertThat(page.select("#matrix tr[data-skill=gelato] td[data-person=" + team.email("bruno") + "]")
                        .text())
                .isEqualTo("5");
        assertThat(page.select("#growth li").eachText())
                .anySatisfy(line -> assertThat(line).startsWith("Bruno"));
        mvc.perform(get("/team/import").cookie(viewer)).andExpect(status().isForbidden());
    }

    void setLevel(String person, String code, String level) throws Exception {
        mvc.perform(post("/team/members/{id}/skills", team.id(person))
                .cookie(anna)
                .with(csrf())
                .param("competenceId", competence(code).toString())
                .param("level", level));
    }

    UUID competence(String code) {
        return jdbc.sql("SELECT id FROM competence WHERE workspace_id = ? AND code = ?")
                .params(team.workspaceId(), code)
                .query(UUID.class)
                .single();
    }

    Integer level(String person, String code) {
        return jdbc.sql("SELECT level FROM member_competence WHERE user_id = ? AND competence_id = ?")
                .params(team.id(person), competence(code))
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    String autonomy(String person) {
        return jdbc.sql("SELECT level FROM autonomy WHERE user_id = ? AND area = ''")
                .param(team.id(person))
                .query(String.class)
                .single();
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
