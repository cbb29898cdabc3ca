package io.coro.channels.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.coro.channels.mastodon.MastodonServer.TOKEN;
import static io.coro.channels.mastodon.MastodonServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes.Image;
import io.coro.channels.spi.Publishes.Post;
import io.coro.channels.spi.Publishes.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Publishing statuses with images, exactly once, what each refusal means, and finding a post again. */
class MastodonPublishTests {

    static final String TEXT = "Buongiorno! Today's cornetti: https://aurora.example/menu/autunno";
    static final String KEY = "5b0d8a9e-coro-ledger-row-42";
    static final String STATUS_ID = "103254962155278888";
    static final String STATUS_URL = "https://mastodon.social/@trwnh/103254962155278888";
    /** A little before the status of the fixtures was created (2019-12-05T11:34:47Z). */
    static final Instant FIRST_ATTEMPT = Instant.parse("2019-12-05T11:34:40Z");

    /** The limits of a stock instance: 500 characters, links counting 23, four images up to 10 MB. */
    static final NetworkCapabilities INSTANCE = InstanceLimits.DEFAULTS;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension server = MastodonServer.wireMock();

    final Mastodon mastodon = MastodonServer.adapter();

    @Test
    void aStatusGoesOutWithTheKeyVisibilityWarningAndLanguage() {
        // methods/statuses: POST /api/v1/statuses answers the Status
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));
        Post post = new Post(TEXT, List.of(), FIRST_ATTEMPT, "it", "Food talk", Visibility.UNLISTED);

        PublishResult result = mastodon.publish(credentials(), post, KEY);

        assertThat(result.published()).as("%s", result).isTrue();
        assertThat(result.url()).isEqualTo(STATUS_URL);
        assertThat(result.networkId()).isEqualTo(STATUS_ID);
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo(KEY))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withFormParam("status", equalTo(TEXT))
                .withFormParam("visibility", equalTo("unlisted"))
                .withFormParam("spoiler_text", equalTo("Food talk"))
                .withFormParam("sensitive", equalTo("true"))
                .withFormParam("language", equalTo("it")));
    }

    @Test
    void followersOnlyIsMastodonsPrivateAndNoWarningMeansNotSensitive() {
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));

        mastodon.publish(
                credentials(), new Post(TEXT, List.of(), FIRST_ATTEMPT, null, null, Visibility.FOLLOWERS_ONLY), KEY);

        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withFormParam("visibility", equalTo("private"))
                .withoutFormParam("spoiler_text")
                .withoutFormParam("sensitive")
                .withoutFormParam("language"));
    }

    @Test
    void aRetryAfterAnUnknownOutcomeCarriesTheSameKeyAndGetsTheSameStatus() {
        // The server made the status but its answer came too late; asked again with the same key it answers
        // with that status instead of making a second one (methods/statuses, Idempotency-Key).
        Mastodon impatient = MastodonServer.adapter(Duration.ofMillis(300), Duration.ofSeconds(2));
        server.stubFor(post("/api/v1/statuses")
                .withHeader("Idempotency-Key", equalTo(KEY))
                .inScenario("idempotency")
                .whenScenarioStateIs(STARTED)
                .willReturn(json("status.json").withFixedDelay(1_500))
                .willSetStateTo("made"));
        server.stubFor(post("/api/v1/statuses")
                .withHeader("Idempotency-Key", equalTo(KEY))
                .inScenario("idempotency")
                .whenScenarioStateIs("made")
                .willReturn(json("status.json")));

        PublishResult first = impatient.publish(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY);
        awaitScenarioState("idempotency", "made"); // the server finishes making the status after Coro gave up
        PublishResult retry = impatient.publish(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY);
        PublishResult again = impatient.publish(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY);

        assertThat(first.error()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
        assertThat(retry.published()).isTrue();
        assertThat(retry.networkId()).isEqualTo(STATUS_ID);
        assertThat(again.networkId()).isEqualTo(retry.networkId());
        assertThat(again.url()).isEqualTo(retry.url());
        server.verify(
                3, postRequestedFor(urlPathEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key", equalTo(KEY)));
    }

    @Test
    void anImageIsUploadedWithItsAltTextAndAttached() {
        // methods/media: POST /api/v2/media answers 200 when the image was processed at once
        server.stubFor(post("/api/v2/media").willReturn(json("media.json")));
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));

        PublishResult result = mastodon.publish(credentials(), withImage("Vetrina con cornetti e caffè"), KEY);

        assertThat(result.published()).as("%s", result).isTrue();
        server.verify(postRequestedFor(urlPathEqualTo("/api/v2/media"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBodyPart(aMultipart()
                        .withName("file")
                        .withHeader("Content-Type", equalTo("image/jpeg"))
                        .withHeader("Content-Disposition", containing("filename=\"image.jpg\""))
                        .build())
                .withRequestBodyPart(aMultipart()
                        .withName("description")
                        .withBody(equalTo("Vetrina con cornetti e caffè"))
                        .build()));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withFormParam("media_ids[]", havingExactly("22348641")));
    }

    @Test
    void anImageStillProcessingIsAwaitedBeforeTheStatus() {
        // methods/media: 202 with url null, then GET /api/v1/media/:id answers 206 until it is processed
        server.stubFor(post("/api/v2/media").willReturn(json(202, "media-processing.json")));
        server.stubFor(get("/api/v1/media/22348641")
                .inScenario("processing")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(206))
                .willSetStateTo("processed"));
        server.stubFor(get("/api/v1/media/22348641")
                .inScenario("processing")
                .whenScenarioStateIs("processed")
                .willReturn(json("media-processed.json")));
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));

        PublishResult result = mastodon.publish(credentials(), withImage("Cornetti"), KEY);

        assertThat(result.published()).as("%s", result).isTrue();
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/media/22348641")));
        server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                .withFormParam("media_ids[]", havingExactly("22348641")));
    }

    @Test
    void anImageThatNeverFinishesProcessingPostsNothing() {
        Mastodon brief = MastodonServer.adapter(Duration.ofSeconds(5), Duration.ofMillis(300));
        server.stubFor(post("/api/v2/media").willReturn(json(202, "media-processing.json")));
        server.stubFor(get("/api/v1/media/22348641").willReturn(aResponse().withStatus(206)));

        PublishResult result = brief.publish(credentials(), withImage("Cornetti"), KEY);

        assertThat(result.error()).isEqualTo(ErrorKind.TRANSIENT);
        server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }

    @Test
    void anUploadTheServerCannotTakeNowPostsNothing() {
        server.stubFor(post("/api/v2/media").willReturn(json(503, "error-503.json")));

        PublishResult result = mastodon.publish(credentials(), withImage("Cornetti"), KEY);

        assertThat(result.error()).isEqualTo(ErrorKind.TRANSIENT);
        server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }

    @Test
    void aRevokedTokenNeedsReconnection() {
        server.stubFor(post("/api/v1/statuses").willReturn(json(401, "error-401.json")));

        PublishResult result = publish();

        assertThat(result.error()).isEqualTo(ErrorKind.REAUTH);
        assertThat(result.detail()).isEqualTo("The access token is invalid");
    }

    @Test
    void aRateLimitWaitsUntilTheResetTheServerGives() {
        // api/rate-limits: X-RateLimit-Reset is an ISO 8601 timestamp
        String reset = DateTimeFormatter.ISO_INSTANT.format(
                Instant.now().plusSeconds(90).truncatedTo(ChronoUnit.MILLIS));
        server.stubFor(post("/api/v1/statuses")
                .willReturn(json(429, "error-429.json")
                        .withHeader("X-RateLimit-Limit", "300")
                        .withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", reset)));

        PublishResult result = publish();

        assertThat(result.error()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(result.waitBeforeRetry())
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(80), Duration.ofSeconds(91)));
    }

    @Test
    void aRateLimitWithRetryAfterWaitsThatLong() {
        server.stubFor(
                post("/api/v1/statuses").willReturn(json(429, "error-429.json").withHeader("Retry-After", "120")));

        PublishResult result = publish();

        assertThat(result.error()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aRefusedStatusGoesBackWithTheServersWords() {
        server.stubFor(post("/api/v1/statuses").willReturn(json(422, "error-422.json")));

        PublishResult result = publish();

        assertThat(result.error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(result.detail()).isEqualTo("Validation failed: Text can't be blank");
    }

    @Test
    void aServerTemporarilyUnavailableIsTransient() {
        server.stubFor(post("/api/v1/statuses").willReturn(json(503, "error-503.json")));

        assertThat(publish().error()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void aGatewayTimeoutMayHideAStatusThatWasMade() {
        server.stubFor(post("/api/v1/statuses").willReturn(aResponse().withStatus(504)));

        assertThat(publish().error()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
    }

    @Test
    void anAnswerLaterThanTheReadTimeoutIsAnUnknownOutcome() {
        Mastodon impatient = MastodonServer.adapter(Duration.ofMillis(300), Duration.ofSeconds(2));
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json").withFixedDelay(1_500)));

        PublishResult result = impatient.publish(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY);

        assertThat(result.error()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);
    }

    @Test
    void aServerNotListeningIsTransientAsNothingLeft() {
        ChannelCredentials nowhere =
                MastodonServer.credentials("http://127.0.0.1:" + MastodonServer.closedPort(), INSTANCE);

        PublishResult result = mastodon.publish(nowhere, Post.of(TEXT, FIRST_ATTEMPT), KEY);

        assertThat(result.error()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void aTextOverTheInstanceLimitIsRefusedWithoutACall() {
        String link = "https://aurora.example/menu/autunno-2026-con-castagne-e-cioccolata-calda";
        String fits = "a".repeat(500 - 23 - 1) + " " + link; // 500 as Mastodon counts, with the link as 23
        String over = "a".repeat(500 - 23) + " " + link;

        PublishResult refused = mastodon.publish(credentials(), Post.of(over, FIRST_ATTEMPT), KEY);

        assertThat(refused.error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(refused.detail()).contains("501", "500", "23");
        server.verify(0, anyRequestedFor(anyUrl()));

        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));
        assertThat(mastodon.publish(credentials(), Post.of(fits, FIRST_ATTEMPT), KEY)
                        .published())
                .isTrue();
    }

    @Test
    void theContentWarningCountsWithTheText() {
        Post post = new Post("a".repeat(495), List.of(), FIRST_ATTEMPT, null, "spoilers", Visibility.PUBLIC);

        // links in a warning are not shortened: 450 + 68 is over, though 450 + 23 would not be
        Post linkInWarning = new Post(
                "a".repeat(450), List.of(), FIRST_ATTEMPT, null, "https://" + "x".repeat(60), Visibility.PUBLIC);

        assertThat(mastodon.publish(credentials(), post, KEY).error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(mastodon.publish(credentials(), linkInWarning, KEY).detail()).contains("518");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void imagesTheInstanceWouldRefuseAreRefusedWithoutACall() {
        Image jpeg = new Image(new byte[] {1, 2, 3}, "image/jpeg", "alt", 640, 480);
        Image tiff = new Image(new byte[] {1, 2, 3}, "image/tiff", "alt", 640, 480);
        Image huge = new Image(new byte[10_485_761], "image/png", "alt", 640, 480);

        assertThat(publishWith(List.of(jpeg, jpeg, jpeg, jpeg, jpeg)).detail()).contains("5 images", "4");
        assertThat(publishWith(List.of(tiff)).detail()).contains("image/tiff");
        assertThat(publishWith(List.of(huge)).detail()).contains("10.0 MB");
        assertThat(publishWith(List.of(jpeg, tiff)).error()).isEqualTo(ErrorKind.BAD_CONTENT);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStatusIsDeletedAndOneAlreadyGoneCountsAsDeleted() {
        // methods/statuses: DELETE /api/v1/statuses/:id answers the deleted Status
        server.stubFor(delete("/api/v1/statuses/" + STATUS_ID).willReturn(json("status.json")));
        server.stubFor(delete("/api/v1/statuses/1").willReturn(json(404, "error-404.json")));

        assertThat(mastodon.delete(credentials(), STATUS_ID).published()).isTrue();
        assertThat(mastodon.delete(credentials(), "1").published()).isTrue();
        server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/statuses/" + STATUS_ID))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void findReturnsTheStatusAPostBecame() {
        server.stubFor(post("/api/v1/statuses").willReturn(json("status.json")));
        stubAccountStatuses();
        Post post = Post.of(TEXT, FIRST_ATTEMPT);
        PublishResult published = mastodon.publish(credentials(), post, KEY);

        Optional<PublishResult> found = mastodon.find(credentials(), post, KEY);

        assertThat(found).hasValueSatisfying(status -> {
            assertThat(status.networkId()).isEqualTo(published.networkId());
            assertThat(status.url()).isEqualTo(published.url());
        });
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/accounts/14715/statuses"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        // it only looks: nothing is posted again
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/statuses")));
    }

    @Test
    void findIsEmptyWhenNoStatusIsThatPost() {
        stubAccountStatuses();

        assertThat(mastodon.find(credentials(), Post.of("Closed for the holidays", FIRST_ATTEMPT), KEY))
                .isEmpty();
        // a status with the same text from before the first attempt is another post
        assertThat(mastodon.find(credentials(), Post.of("test", FIRST_ATTEMPT), KEY))
                .isEmpty();
        server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void findReadsTheSourceWhenTheHtmlShortensTheText() {
        // Mastodon shows a remote mention as @name only: the HTML is not the text that was sent
        String text = "Thanks @trwnh@mastodon.social!";
        ObjectNode status = (ObjectNode) JSON.readTree(MastodonServer.fixture("status.json"));
        status.put(
                "content",
                "<p>Thanks <span class=\"h-card\"><a href=\"https://mastodon.social/@trwnh\" "
                        + "class=\"u-url mention\">@<span>trwnh</span></a></span>!</p>");
        ObjectNode source = (ObjectNode) JSON.readTree(MastodonServer.fixture("status-source.json"));
        source.put("text", text);
        server.stubFor(get(urlPathEqualTo("/api/v1/accounts/14715/statuses"))
                .willReturn(okJson(JSON.createArrayNode().add(status).toString())));
        // methods/statuses: GET /api/v1/statuses/:id/source
        server.stubFor(get("/api/v1/statuses/" + STATUS_ID + "/source").willReturn(okJson(source.toString())));

        Optional<PublishResult> found = mastodon.find(credentials(), Post.of(text, FIRST_ATTEMPT), KEY);

        assertThat(found)
                .hasValueSatisfying(post -> assertThat(post.networkId()).isEqualTo(STATUS_ID));
    }

    @Test
    void findCannotTellWhileTheServerIsDownOrLimiting() {
        server.stubFor(get(urlPathMatching("/api/v1/accounts/14715/statuses")).willReturn(json(503, "error-503.json")));
        assertThatThrownBy(() -> mastodon.find(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY))
                .isInstanceOf(IllegalStateException.class);

        server.stubFor(get(urlPathMatching("/api/v1/accounts/14715/statuses")).willReturn(json(429, "error-429.json")));
        assertThatThrownBy(() -> mastodon.find(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void htmlContentReadsBackAsTheTextThatWasSent() {
        assertThat(Reconciliation.plainText("<p>Buongiorno! Today&#39;s cornetti: <a href=\"https://aurora.example/x\">"
                        + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">aurora.example/</span>"
                        + "<span class=\"invisible\">x</span></a></p><p>A &amp; B<br />&lt;3 &#x1F950;</p>"))
                .isEqualTo("Buongiorno! Today's cornetti: https://aurora.example/x\n\nA & B\n<3 🥐");
    }

    private static void awaitScenarioState(String scenario, String state) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (server.getRuntimeInfo().getWireMock().getScenarios().stream()
                .noneMatch(each ->
                        each.getName().equals(scenario) && each.getState().equals(state))) {
            assertThat(Instant.now())
                    .as("scenario %s reaches %s", scenario, state)
                    .isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private PublishResult publish() {
        return mastodon.publish(credentials(), Post.of(TEXT, FIRST_ATTEMPT), KEY);
    }

    private PublishResult publishWith(List<Image> images) {
        return mastodon.publish(
                credentials(), new Post(TEXT, images, FIRST_ATTEMPT, null, null, Visibility.PUBLIC), KEY);
    }

    private static Post withImage(String altText) {
        Image image = new Image(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "image/jpeg", altText, 640, 480);
        return new Post(TEXT, List.of(image), FIRST_ATTEMPT, null, null, Visibility.PUBLIC);
    }

    private void stubAccountStatuses() {
        // methods/accounts: GET /api/v1/accounts/:id/statuses, newest first
        server.stubFor(
                get(urlPathEqualTo("/api/v1/accounts/14715/statuses")).willReturn(json("account-statuses.json")));
    }

    private ChannelCredentials credentials() {
        return MastodonServer.credentials(server.baseUrl(), INSTANCE);
    }
}
