package io.coro.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.coro.plan.PlanFixture;
import io.coro.publishing.PublishingFixture;
import io.coro.support.Chromium;
import io.coro.support.CoroTest;
import io.coro.support.TestCompany;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A coordinator connects the company's Mastodon account in the browser (the OAuth flow against a Mastodon server
 * played by WireMock from the API documentation's examples), points it at a plan channel, an item goes out at its
 * time, and the channel's page shows the post's link and its attempt; in English and Italian. When the server later
 * refuses the token, every page tells the coordinator to reconnect.
 */
@CoroTest
@TestPropertySource(properties = {"coro.publishing.retry-base=300ms", "coro.publishing.reconcile-delay=500ms"})
class ChannelsBrowserTests {

    @RegisterExtension
    static WireMockExtension mastodon = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture plans;

    @Autowired
    PublishingFixture publishing;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorConnectsMastodonAndSeesAScheduledPostGoOutWithItsLink() {
        stubMastodon();
        PlanFixture.Bakery bakery = plans.bakery("Forno " + UUID.randomUUID());
        browser = Chromium.start("en", 1280, 1000);
        login(bakery.coordinatorEmail());

        browser.get(url("/channels"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No channel connected yet"));
        Chromium.screenshot(browser, "channels-empty-en");
        browser.findElement(By.linkText("Connect a channel")).click();
        browser.findElement(By.id("mastodon-server")).sendKeys(mastodon.baseUrl());
        Chromium.screenshot(browser, "channels-connect-en");
        browser.findElement(By.cssSelector("#mastodon button[type=submit]")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("authorize-link")));
        Chromium.screenshot(browser, "channels-authorize-en");
        browser.findElement(By.id("authorize-link")).click();

        // the server's authorization page sends the person back with a code: the channel is connected
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Channel connected"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mastodon · @trwnh@mastodon.social");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("1,000 characters");

        browser.findElement(By.id("planChannel")).clear();
        browser.findElement(By.id("planChannel")).sendKeys("Bluesky");
        new Select(browser.findElement(By.id("visibility"))).selectByValue("UNLISTED");
        browser.findElement(By.xpath("//button[normalize-space()='Save settings']"))
                .click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Settings saved"));

        UUID item = publishing.scheduled(bakery, "Sfornati i cornetti al pistacchio", Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(status(item)));

        mastodon.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.matching("coro-.+"))
                .withHeader("Authorization", equalTo("Bearer ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0")));
        browser.navigate().refresh();
        var entry = browser.findElement(By.cssSelector(".history-entry"));
        assertThat(entry.getText()).contains("Published").contains("Sfornati i cornetti al pistacchio".hashCode() + "");
        assertThat(entry.findElement(By.linkText("Open the post")).getAttribute("href"))
                .isEqualTo("https://mastodon.social/@trwnh/103254962155278888");
        entry.findElement(By.tagName("summary")).click();
        assertThat(entry.findElement(By.cssSelector("table.attempts")).getText())
                .contains("Send")
                .contains("Published")
                .contains("103254962155278888");
        Chromium.screenshot(browser, "channel-page-en");

        browser.findElement(By.cssSelector(".lang-switch button[value=it]")).click();
        wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
        assertThat(browser.findElement(By.cssSelector(".history-entry")).getText())
                .contains("Pubblicato")
                .contains("Apri il post");
        Chromium.screenshot(browser, "channel-page-it");
        browser.get(url("/channels"));
        assertThat(browser.findElement(By.cssSelector(".channel-card")).getText())
                .contains("@trwnh@mastodon.social")
                .contains("Funziona");
        Chromium.screenshot(browser, "channels-list-it");
    }

    @Test
    void aCoordinatorConnectsBlueskyOnTheLocalReferenceNetworkAndAPostGoesOut() {
        io.coro.support.BlueskyLocal pds = io.coro.support.BlueskyLocal.pds();
        io.coro.support.BlueskyLocal.Account account = pds.createAccount("forno");
        String appPassword = pds.createAppPassword(account, "coro");
        PlanFixture.Bakery bakery = plans.bakery("Forno " + UUID.randomUUID());
        browser = Chromium.start("en", 1280, 1000);
        login(bakery.coordinatorEmail());

        browser.get(url("/channels/connect"));
        browser.findElement(By.id("bluesky-identifier")).sendKeys(account.handle());
        browser.findElement(By.id("bluesky-password")).sendKeys("wrong-pass-word-here");
        browser.findElement(By.id("bluesky-service")).clear();
        browser.findElement(By.id("bluesky-service")).sendKeys(io.coro.support.BlueskyLocal.PDS_URL);
        browser.findElement(By.cssSelector("#bluesky button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".alert.error"), "refused the credentials"));
        assertThat(browser.findElement(By.id("bluesky-identifier")).getAttribute("value"))
                .as("what was typed is kept, but the password")
                .isEqualTo(account.handle());
        assertThat(browser.findElement(By.id("bluesky-service")).getAttribute("value"))
                .isEqualTo(io.coro.support.BlueskyLocal.PDS_URL);
        Chromium.screenshot(browser, "channels-connect-refused-en");

        browser.findElement(By.id("bluesky-password")).sendKeys(appPassword);
        browser.findElement(By.cssSelector("#bluesky button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Channel connected"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bluesky · " + account.handle());

        String text = "Menu d'autunno: https://aurora.example/menu #castagne";
        UUID item = publishing.scheduled(bakery, text, Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(60)).until(() -> "PUBLISHED".equals(status(item)));

        assertThat(pds.listRecords(account.did(), "app.bsky.feed.post"))
                .singleElement()
                .satisfies(record ->
                        assertThat(record.path("value").path("text").asText()).isEqualTo(text));
        browser.navigate().refresh();
        var entry = browser.findElement(By.cssSelector(".history-entry"));
        assertThat(entry.findElement(By.linkText("Open the post")).getAttribute("href"))
                .startsWith(io.coro.support.BlueskyLocal.PDS_URL + "/xrpc/com.atproto.repo.getRecord")
                .contains("app.bsky.feed.post");
        Chromium.screenshot(browser, "channel-bluesky-en");
    }

    @Test
    void aRevokedTokenIsShownOnEveryPageWithTheWayToReconnect() {
        stubMastodon();
        mastodon.stubFor(post("/api/v1/statuses").willReturn(fixture(401, "error-401.json")));
        PlanFixture.Bakery bakery = plans.bakery("Forno " + UUID.randomUUID());
        browser = Chromium.start("it", 1280, 900);
        login(bakery.coordinatorEmail());
        browser.get(url("/channels/connect"));
        browser.findElement(By.id("mastodon-server")).sendKeys(mastodon.baseUrl());
        browser.findElement(By.cssSelector("#mastodon button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("authorize-link")));
        browser.findElement(By.id("authorize-link")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("planChannel")));
        browser.findElement(By.id("planChannel")).clear();
        browser.findElement(By.id("planChannel")).sendKeys("Bluesky");
        browser.findElement(By.cssSelector("form[action$='/settings'] button[type=submit]"))
                .click();

        UUID item = publishing.scheduled(bakery, "Chiusi per inventario", Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "HELD"
                        .equals(jdbc.sql("SELECT state FROM publication WHERE item_id = ?")
                                .param(item)
                                .query(String.class)
                                .optional()
                                .orElse("")));

        browser.get(url("/"));
        var alert = browser.findElement(By.cssSelector(".alert-bar"));
        assertThat(alert.getText()).contains("Mastodon @trwnh@mastodon.social va ricollegato");
        Chromium.screenshot(browser, "channels-alert-it");
        alert.findElement(By.linkText("Ricollega")).click();
        assertThat(browser.findElement(By.id("reconnect")).getText()).contains("Questo canale va ricollegato");
        assertThat(status(item)).as("the post waits instead of failing").isEqualTo("SCHEDULED");
        Chromium.screenshot(browser, "channel-reconnect-it");
    }

    private void stubMastodon() {
        mastodon.stubFor(post("/api/v1/apps").willReturn(fixture(200, "apps.json")));
        mastodon.stubFor(get(urlPathEqualTo("/oauth/authorize"))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader(
                                "Location",
                                "{{request.query.redirect_uri}}?code=qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU"
                                        + "&state={{request.query.state}}")
                        .withTransformers("response-template")));
        mastodon.stubFor(post("/oauth/token").willReturn(fixture(200, "token.json")));
        mastodon.stubFor(
                get("/api/v1/accounts/verify_credentials").willReturn(fixture(200, "verify-credentials.json")));
        mastodon.stubFor(get("/api/v2/instance").willReturn(fixture(200, "instance-v2.json")));
        mastodon.stubFor(post("/api/v1/statuses").willReturn(fixture(200, "status.json")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fixture(int status, String name) {
        try (InputStream in = ChannelsBrowserTests.class.getResourceAsStream("/wiremock/mastodon/" + name)) {
            return aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(UUID item) {
        return jdbc.sql("SELECT status FROM plan_item WHERE id = ?")
                .param(item)
                .query(String.class)
                .single();
    }

    void login(String email) {
        browser.get(url("/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestCompany.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                // a page that reloads (the language switch) replaces the element being looked at
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }
}
