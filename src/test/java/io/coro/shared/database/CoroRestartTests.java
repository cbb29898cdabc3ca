package io.coro.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.coro.support.CoroProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Coro as users run it, a separate process with the embedded PostgreSQL: data survives a normal restart, and after
 * {@code kill -9} (which leaves PostgreSQL running as an orphan) the next start recovers on its own.
 */
class CoroRestartTests {

    static final String OWNER = "owner@durevole.example";
    static final String PASSWORD = "farina lievito e pazienza";

    @Test
    void dataSurvivesRestartsAndKillNine() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "coro-restart-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> invited = new ArrayList<>();

        try (CoroProcess coro = new CoroProcess(dataDir, log).start()) {
            HttpResponse<String> setup = coro.browser()
                    .submit(
                            "/setup",
                            "/setup",
                            Map.of(
                                    "companyName", "Pasticceria Durevole",
                                    "language", "en",
                                    "timeZone", "Europe/Rome",
                                    "ownerName", "Olga Owner",
                                    "email", OWNER,
                                    "password", PASSWORD,
                                    "passwordConfirmation", PASSWORD));
            assertThat(setup.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            coro.stop();
            coro.start();
            assertThat(dashboardOf(coro)).contains("Pasticceria Durevole");

            for (int cycle = 1; cycle <= 2; cycle++) {
                CoroProcess.Browser owner = loggedIn(coro);
                String email = "guest" + cycle + "@durevole.example";
                HttpResponse<String> invite = owner.submit(
                        "/settings/invitations", "/settings/invitations", Map.of("email", email, "role", "MEMBER"));
                assertThat(invite.statusCode()).isEqualTo(302);
                invited.add(email);
                long postgresPid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid"))
                        .get(0)
                        .trim());

                coro.kill();
                assertThat(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive))
                        .as("PostgreSQL outlives a kill -9 of Coro")
                        .hasValue(true);

                coro.start();

                assertThat(ProcessHandle.of(postgresPid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .as("the orphaned PostgreSQL was stopped")
                        .isFalse();
                String invitations = loggedIn(coro).get("/settings/invitations").body();
                assertThat(invitations).contains(invited);
            }
        }
    }

    static CoroProcess.Browser loggedIn(CoroProcess coro) throws Exception {
        CoroProcess.Browser browser = coro.browser();
        HttpResponse<String> login = browser.login(OWNER, PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    static String dashboardOf(CoroProcess coro) throws Exception {
        return loggedIn(coro).get("/").body();
    }
}
