package io.coro.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.coro.support.CoroTest;
import io.coro.support.Sessions;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The team as CSV: a valid file is stored whole; a file with bad rows is refused whole, with each problem's line. */
@CoroTest
class TeamCsvTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamFixture fixture;

    @Autowired
    JdbcClient jdbc;

    TeamFixture.Built team;
    Cookie coordinator;

    @BeforeEach
    void team() throws Exception {
        team = fixture.gelateria();
        coordinator = Sessions.login(mvc, team.email("anna"));
    }

    @Test
    void exportedAndEditedTheFileImportsWhole() throws Exception {
        String exported = mvc.perform(get("/team/export.csv").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported.lines().findFirst().orElseThrow())
                .startsWith("email,name,job_title,languages,weekly_capacity,areas,")
                .contains("gelato");
        assertThat(exported).contains(team.email("bruno"));

        String csv = "email,job_title,languages,weekly_capacity,areas,photography,gelato,video\n"
                + team.email("bruno") + ",Maestro gelatiere,it en,7,laboratorio; gusti del mese,2,5,\n"
                + team.email("dario") + ",Banco turisti,en de,12,,,3,1\n";

        Document page = upload(csv);

        assertThat(page.select(".alert.ok").text()).isEqualTo("Imported 2 members; 3 levels changed.");
        assertThat(levelOf("bruno", "photography")).isEqualTo(2);
        assertThat(levelOf("dario", "gelato")).isEqualTo(3);
        assertThat(levelOf("dario", "video")).isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT job_title || '|' || languages || '|' || weekly_capacity FROM team_profile WHERE user_id = ?")
                        .param(team.id("bruno"))
                        .query(String.class)
                        .single())
                .isEqualTo("Maestro gelatiere|it,en|7");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithTheLineOfEachProblem() throws Exception {
        String csv = "email,job_title,languages,weekly_capacity,pastry-art,photography\n" // line 1: unknown skill
                + team.email("bruno") + ",Gelatiere,it,7,,3\n" // line 2: fine on its own
                + team.email("carla") + ",Foto,it en,8,,7\n" // line 3: level 7
                + team.email("bruno") + ",Gelatiere,it,7,,4\n" // line 4: duplicate e-mail
                + "stranger@elsewhere.example,,it,5,,\n" // line 5: not a member
                + team.email("dario") + ",Banco,english,lots,,\n"; // line 6: bad language and capacity
        Integer photographyBefore = levelOf("carla", "photography");

        Document page = upload(csv);

        assertThat(page.select(".alert.error").text()).startsWith("Nothing was imported");
        List<String> problems = page.select("#import-problems tbody tr").stream()
                .map(row -> row.select("td").get(0).text() + ": "
                        + row.select("td").get(1).text())
                .toList();
        assertThat(problems)
                .containsExactly(
                        "1: Unknown competence \"pastry-art\": use the codes listed on the Competences page.",
                        "3: Level \"7\" for photography is not a whole number from 1 to 5.",
                        "4: " + team.email("bruno") + " appears more than once.",
                        "5: stranger@elsewhere.example is not a member of this workspace: invite them first.",
                        "6: \"english\" is not a two-letter language code.",
                        "6: \"lots\" is not a weekly capacity from 0 to 500.");
        // nothing half-imported: line 2 alone was valid, and it was not stored either
        assertThat(levelOf("bruno", "photography")).isNull();
        assertThat(levelOf("carla", "photography")).isEqualTo(photographyBefore);
    }

    @Test
    void tenMegabytesOfJunkAreRefusedWithAClearMessage() throws Exception {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(junk);

        Document page = upload(junk);

        assertThat(page.select(".alert.error").text()).startsWith("Nothing was imported: the file has 1 problems");
        assertThat(page.select("#import-problems td").get(1).text()).startsWith("The file is larger than 1 MB");
    }

    @Test
    void binaryJunkAndEmptyFilesAreRefused() throws Exception {
        byte[] binary = new byte[2048];
        new Random(3).nextBytes(binary);
        assertThat(upload(binary).select("#import-problems td").get(1).text())
                .startsWith("This is not a text (CSV) file in UTF-8.");
        assertThat(upload(new byte[0]).select("#import-problems td").get(1).text())
                .isEqualTo("Choose a file to import.");
        assertThat(upload("name,job_title\nx,y\n")
                        .select("#import-problems td")
                        .get(1)
                        .text())
                .startsWith("The first line must name the columns");
    }

    @Test
    void membersCannotImport() throws Exception {
        Cookie member = Sessions.login(mvc, team.email("bruno"));
        mvc.perform(multipart("/team/import")
                        .file(new MockMultipartFile("file", "team.csv", "text/csv", "email\n".getBytes()))
                        .cookie(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    Document upload(String csv) throws Exception {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    Document upload(byte[] content) throws Exception {
        String html = mvc.perform(multipart("/team/import")
                        .file(new MockMultipartFile("file", "team.csv", "text/csv", content))
                        .cookie(coordinator)
                        .with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    Integer levelOf(String person, String code) {
        return jdbc.sql("""
                        SELECT mc.level FROM member_competence mc JOIN competence c ON c.id = mc.competence_id
                         WHERE mc.workspace_id = ? AND mc.user_id = ? AND c.code = ?""")
                .params(team.workspaceId(), team.id(person), code)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }
}
