package io.coro.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coro.support.BlueskyLocal;
import io.coro.support.CoroProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Coro is killed with {@code kill -9} after a post's request reached the real PDS and before the ledger recorded the
 * answer; restarted, it reconciles with the PDS (the record key derived from the ledger row) and the account holds
 * the post exactly once. A separate Coro process, as users run it, against the AT Protocol reference network.
 */
class PublishingCrashTests {

    static final String OWNER = "owner@crash.example";
    static final String PASSWORD = "forno a legna dal 1952";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void killedAfterTheRequestLeftThePostIsReconciledOnRestartAndExistsOnce() throws Exception {
        BlueskyLocal pds = BlueskyLocal.pds();
        BlueskyLocal.Account account = pds.createAccount("crash");
        String appPassword = pds.createAppPassword(account, "coro");

        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "coro-crash-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        String itemPath;
        String text = "Sfornati alle 7: pane di Altamura e focaccia #forno " + System.nanoTime();

        // the first life: everything up to the request reaching the PDS, then a long pause before recording it
        CoroProcess first = new CoroProcess(
                        dataDir,
                        log,
                        "--coro.publishing.pause-after-send=10m",
                        "--coro.jobs.heartbeat-interval=1s",
                        "--coro.jobs.node-name=first-life")
                .start();
        try {
            CoroProcess.Browser owner = ownerOf(first);
            itemPath = scheduledItem(owner, account, appPassword, text);

            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> postsWith(pds, account, text) == 1);
            assertThat(owner.get(itemPath).body()).as("not yet recorded").contains("Scheduled");
        } finally {
            first.kill();
        }

        // the second life: the execution of the dead node is revived, the SENDING row reconciled, nothing sent again
        try (CoroProcess second = new CoroProcess(
                        dataDir, log, "--coro.jobs.heartbeat-interval=1s", "--coro.jobs.node-name=second-life")
                .start()) {
            CoroProcess.Browser owner = loggedIn(second);
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> owner.get(itemPath).body().contains("Published"));

            assertThat(postsWith(pds, account, text)).as("one post on the PDS").isEqualTo(1);
            assertThat(pds.listRecords(account.did(), "app.bsky.feed.post")).hasSize(1);
            String channels = owner.get("/channels").body();
            Matcher channel =
                    Pattern.compile("href=\"(/channels/[0-9a-f-]{36})\"").matcher(channels);
            assertThat(channel.find()).isTrue();
            String page = owner.get(channel.group(1)).body();
            assertThat(page)
                    .contains("first-life")
                    .contains("No answer recorded (interrupted)")
                    .contains("second-life")
                    .contains("Already there");
        }
    }

    private static long postsWith(BlueskyLocal pds, BlueskyLocal.Account account, String text) {
        return pds.listRecords(account.did(), "app.bsky.feed.post").stream()
                .filter(record -> text.equals(record.path("value").path("text").asText()))
                .count();
    }

    /** Setup, a strategy with a Bluesky channel, the channel connected, an item scheduled a minute or two ahead. */
    private static String scheduledItem(
            CoroProcess.Browser owner, BlueskyLocal.Account account, String appPassword, String text) throws Exception {
        HttpResponse<String> strategy = owner.submit(
                "/strategy/edit",
                "/strategy/edit",
                Map.of("channels[0].channel", "Bluesky", "channels[0].role", "news from the oven", "note", "start"));
        assertThat(strategy.statusCode()).as(strategy.body()).isEqualTo(302);

        HttpResponse<String> connect = owner.submit(
                "/channels/connect",
                "/channels/connect/bluesky",
                Map.of("identifier", account.handle(), "password", appPassword, "serviceUrl", BlueskyLocal.PDS_URL));
        assertThat(connect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).matches(".*/channels/[0-9a-f-]{36}"));

        // the form takes minutes: the next whole minute at least 15 s ahead is still ahead when scheduling
        ZonedDateTime at = ZonedDateTime.now(ROME).plusSeconds(75).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Map<String, String> item = new LinkedHashMap<>();
        item.put("title", "Crash test");
        item.put("date", at.format(DateTimeFormatter.ISO_LOCAL_DATE));
        item.put("time", at.format(DateTimeFormatter.ofPattern("HH:mm")));
        item.put("channels", "Bluesky");
        HttpResponse<String> created = owner.submit("/plan/items/new", "/plan/items", item);
        String itemPath = created.headers()
                .firstValue("Location")
                .map(l -> l.replaceAll("^https?://[^/]+", ""))
                .orElseThrow(() -> new AssertionError("item not created: " + created.body()));

        status(owner, itemPath, "draft");
        Map<String, String> edit = new LinkedHashMap<>(item);
        edit.put("body", text);
        HttpResponse<String> saved = owner.submit(itemPath, itemPath, edit);
        assertThat(saved.statusCode()).isEqualTo(302);
        for (String action : List.of("submit", "approve", "schedule")) {
            status(owner, itemPath, action);
        }
        assertThat(owner.get(itemPath).body()).contains("Scheduled");
        return itemPath;
    }

    private static void status(CoroProcess.Browser owner, String itemPath, String action) throws Exception {
        HttpResponse<String> response = owner.submit(itemPath, itemPath + "/status", Map.of("action", action));
        assertThat(response.statusCode()).as(action).isEqualTo(302);
    }

    private static CoroProcess.Browser ownerOf(CoroProcess coro) throws Exception {
        HttpResponse<String> setup = coro.browser()
                .submit(
                        "/setup",
                        "/setup",
                        Map.of(
                                "companyName", "Forno Resistente",
                                "language", "en",
                                "timeZone", "Europe/Rome",
                                "ownerName", "Olga Owner",
                                "email", OWNER,
                                "password", PASSWORD,
                                "passwordConfirmation", PASSWORD));
        assertThat(setup.statusCode()).isEqualTo(302);
        return loggedIn(coro);
    }

    private static CoroProcess.Browser loggedIn(CoroProcess coro) throws Exception {
        CoroProcess.Browser browser = coro.browser();
        browser.login(OWNER, PASSWORD);
        return browser;
    }
}
