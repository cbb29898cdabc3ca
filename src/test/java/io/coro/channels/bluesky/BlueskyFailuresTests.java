package io.coro.channels.bluesky;

import static io.coro.channels.bluesky.FakePds.hangUp;
import static io.coro.channels.bluesky.FakePds.html;
import static io.coro.channels.bluesky.FakePds.json;
import static io.coro.channels.bluesky.FakePds.jwt;
import static io.coro.channels.bluesky.FakePds.silentFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes.Image;
import io.coro.channels.spi.Publishes.Post;
import io.coro.channels.spi.Publishes.Visibility;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the adapter makes of every kind of failure, against a scripted server (the real PDS rarely fails). */
class BlueskyFailuresTests {

    static final String DID = "did:plc:fake";
    static final Instant CREATED = Instant.parse("2026-03-02T10:00:00.123Z");
    static final String SESSION = "{\"did\":\"did:plc:fake\",\"handle\":\"aurora.test\",\"accessJwt\":\"%s\","
            + "\"refreshJwt\":\"%s\",\"active\":true}";

    final Bluesky bluesky = new Bluesky(
            new BlueskyProperties(Duration.ofSeconds(2), Duration.ofSeconds(1), "https://bsky.app", 2_000_000));
    final FakePds pds = new FakePds();
    final List<Map<String, String>> renewed = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        pds.close();
    }

    ChannelCredentials credentials(String url, String accessJwt) {
        return new ChannelCredentials(
                url,
                DID,
                Map.of(
                        "appPassword",
                        "abcd-efgh-ijkl-mnop",
                        "accessJwt",
                        accessJwt,
                        "refreshJwt",
                        jwt(Instant.now().plusSeconds(86400), "com.atproto.refresh")),
                renewed::add);
    }

    ChannelCredentials live() {
        return credentials(pds.url(), jwt(Instant.now().plusSeconds(3600), "com.atproto.appPass"));
    }

    static String session() {
        return SESSION.formatted(
                jwt(Instant.now().plusSeconds(7200), "com.atproto.appPass"),
                jwt(Instant.now().plusSeconds(86400), "com.atproto.refresh"));
    }

    static Post post(String text) {
        return Post.of(text, CREATED);
    }

    static String record(Instant createdAt) {
        return "{\"uri\":\"at://did:plc:fake/app.bsky.feed.post/x\",\"cid\":\"bafy\",\"value\":{\"text\":\"t\","
                + "\"createdAt\":\"" + PostRecord.timestamp(createdAt) + "\"}}";
    }

    static final String NOT_FOUND = "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}";

    static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    // connecting

    ConnectionFailed.Kind connectFails(String url) {
        try {
            bluesky.connect(url, "aurora.test", "abcd-efgh-ijkl-mnop");
        } catch (ConnectionFailed e) {
            return e.kind();
        }
        throw new AssertionError("connected");
    }

    @Test
    void aWebPageIsNotABlueskyServer() {
        pds.on("com.atproto.server.createSession", html(200));
        assertThat(connectFails(pds.url())).isEqualTo(ConnectionFailed.Kind.NOT_A_SERVER);

        pds.on("com.atproto.server.createSession", html(404));
        assertThat(connectFails(pds.url())).isEqualTo(ConnectionFailed.Kind.NOT_A_SERVER);

        pds.on("com.atproto.server.createSession", json(404, "{\"message\":\"Not Found\"}"));
        assertThat(connectFails(pds.url())).isEqualTo(ConnectionFailed.Kind.NOT_A_SERVER);

        pds.on(
                "com.atproto.server.createSession",
                FakePds.respond(301, "text/html", "", Map.of("Location", "https://x.it/")));
        assertThat(connectFails(pds.url())).isEqualTo(ConnectionFailed.Kind.NOT_A_SERVER);
    }

    @Test
    void connectingMapsTheServersAnswers() throws Exception {
        pds.on(
                "com.atproto.server.createSession",
                json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}"));
        assertThatThrownBy(() -> bluesky.connect(pds.url(), "aurora.test", "wrong"))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.BAD_CREDENTIALS);
                    assertThat(e.detail()).isEqualTo("Invalid identifier or password");
                });

        pds.on(
                "com.atproto.server.createSession",
                json(
                        429,
                        "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}",
                        Map.of("Retry-After", "120")));
        assertThatThrownBy(() -> bluesky.connect(pds.url(), "aurora.test", "x"))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.RATE_LIMITED);
                    assertThat(e.detail()).contains("120 s");
                });

        pds.on(
                "com.atproto.server.createSession",
                json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Bad identifier\"}"));
        assertThatThrownBy(() -> bluesky.connect(pds.url(), "aurora.test", "x"))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.REFUSED);
                    assertThat(e.detail()).isEqualTo("Bad identifier");
                });

        pds.on("com.atproto.server.createSession", html(502));
        assertThat(connectFails(pds.url())).isEqualTo(ConnectionFailed.Kind.UNREACHABLE);
        assertThat(connectFails(closedPort())).isEqualTo(ConnectionFailed.Kind.UNREACHABLE);
        assertThat(connectFails("https://nowhere.invalid")).isEqualTo(ConnectionFailed.Kind.UNREACHABLE);
    }

    @Test
    void theAccountsOwnPasswordIsRefusedAndItsSessionClosed() {
        String access = jwt(Instant.now().plusSeconds(7200), "com.atproto.access");
        pds.on("com.atproto.server.createSession", json(200, SESSION.formatted(access, "r.r.r")))
                .on("com.atproto.server.deleteSession", json(200, "{}"));

        assertThatThrownBy(() -> bluesky.connect(pds.url(), "aurora.test", "main-password"))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.BAD_CREDENTIALS);
                    assertThat(e.detail()).contains("app password");
                });
        assertThat(pds.callsOf("com.atproto.server.deleteSession")).isEqualTo(1);
    }

    @Test
    void aProfileThatDoesNotAnswerLeavesTheHandleAsName() throws Exception {
        pds.on("com.atproto.server.createSession", json(200, session()));

        var connection = bluesky.connect(pds.url() + "/", "@aurora.test", "abcd-efgh-ijkl-mnop");

        assertThat(connection.serviceUrl()).isEqualTo(pds.url());
        assertThat(connection.displayName()).isEqualTo("aurora.test");
        assertThat(connection.accountId()).isEqualTo(DID);
        assertThat(connection.secrets()).containsOnlyKeys("appPassword", "accessJwt", "refreshJwt");
    }

    @Test
    void serviceAddressesAreNormalised() throws Exception {
        assertThat(Bluesky.normalise("bsky.social/")).isEqualTo("https://bsky.social");
        assertThat(Bluesky.normalise(" HTTP://localhost:2583// ")).isEqualTo("http://localhost:2583");
        assertThat(Bluesky.normalise("https://pds.example.it/base/")).isEqualTo("https://pds.example.it/base");
        assertThatThrownBy(() -> Bluesky.normalise("ftp://pds.example.it")).isInstanceOf(ConnectionFailed.class);
        assertThatThrownBy(() -> Bluesky.normalise("  ")).isInstanceOf(ConnectionFailed.class);
        assertThatThrownBy(() -> Bluesky.normalise("https://pds.example.it/?x=1"))
                .isInstanceOf(ConnectionFailed.class);
    }

    // publishing

    @Test
    void tooManyRequestsWaitsAsTheServerSays() {
        long reset = Instant.now().plusSeconds(120).getEpochSecond();
        pds.on(
                "com.atproto.repo.createRecord",
                json(
                        429,
                        "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}",
                        Map.of("RateLimit-Reset", "" + reset)));

        PublishResult result = bluesky.publish(live(), post("ciao"), "k1");

        assertThat(result.error()).isEqualTo(ErrorKind.RATE_LIMITED);
        assertThat(result.retryAfter()).isBetween(Duration.ofSeconds(115), Duration.ofSeconds(121));

        pds.on(
                "com.atproto.repo.createRecord",
                json(
                        429,
                        "{\"error\":\"RateLimitExceeded\"}",
                        Map.of("Retry-After", "30", "RateLimit-Reset", "" + reset)));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRecordTheServerRefusesGoesBackToTheAuthorWithItsWords() {
        pds.on(
                        "com.atproto.repo.createRecord",
                        json(
                                400,
                                "{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post record: bad langs\"}"))
                .on("com.atproto.repo.getRecord", json(400, NOT_FOUND));

        PublishResult result = bluesky.publish(live(), post("ciao"), "k1");

        assertThat(result.error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(result.detail()).isEqualTo("Invalid app.bsky.feed.post record: bad langs");

        // a PDS that calls a repeated key a bad request: the post under the key is this one, so it is published
        pds.on("com.atproto.repo.getRecord", json(200, record(CREATED)));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").published()).isTrue();
    }

    @Test
    void aServerErrorIsTransientUnlessTheRecordIsAlreadyThere() {
        pds.on(
                        "com.atproto.repo.createRecord",
                        json(500, "{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}"))
                .on("com.atproto.repo.getRecord", json(400, NOT_FOUND));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").error()).isEqualTo(ErrorKind.TRANSIENT);

        // what the PDS answers to a second write under the same key: the post is there, so it is published
        pds.on("com.atproto.repo.getRecord", json(200, record(CREATED)));
        PublishResult again = bluesky.publish(live(), post("ciao"), "k1");
        assertThat(again.published()).isTrue();
        assertThat(again.networkId()).isEqualTo("at://did:plc:fake/app.bsky.feed.post/x");

        // a record under the key that another post made is not this post
        pds.on("com.atproto.repo.getRecord", json(200, record(CREATED.plusSeconds(1))));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").error()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void aWriteWithoutAnswerHasAnUnknownOutcome() {
        pds.on("com.atproto.repo.createRecord", silentFor(2500)).on("com.atproto.repo.getRecord", json(400, NOT_FOUND));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").error()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);

        pds.on("com.atproto.repo.createRecord", hangUp());
        assertThat(bluesky.publish(live(), post("ciao"), "k1").error()).isEqualTo(ErrorKind.UNKNOWN_OUTCOME);

        // the write went through although its answer was lost: the record tells
        pds.on("com.atproto.repo.getRecord", json(200, record(CREATED)));
        assertThat(bluesky.publish(live(), post("ciao"), "k1").published()).isTrue();
    }

    @Test
    void aServerThatCannotBeReachedIsTransient() throws Exception {
        PublishResult result = bluesky.publish(
                credentials(closedPort(), jwt(Instant.now().plusSeconds(3600), "com.atproto.appPass")),
                post("ciao"),
                "k1");

        assertThat(result.error()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void aFailedImageUploadIsTransientAndCreatesNothing() {
        pds.on("com.atproto.repo.uploadBlob", html(503));
        Post withImage = new Post("ciao", List.of(png()), CREATED, null, null, null);

        assertThat(bluesky.publish(live(), withImage, "k1").error()).isEqualTo(ErrorKind.TRANSIENT);

        pds.on("com.atproto.repo.uploadBlob", silentFor(2500));
        assertThat(bluesky.publish(live(), withImage, "k1").error()).isEqualTo(ErrorKind.TRANSIENT);
        assertThat(pds.callsOf("com.atproto.repo.createRecord")).isZero();
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheNewTokensStored() {
        String[] answers = {"{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}"};
        pds.on("com.atproto.repo.createRecord", exchange -> {
                    if (answers[0] != null) {
                        String body = answers[0];
                        answers[0] = null;
                        json(400, body).handle(exchange);
                    } else {
                        json(200, "{\"uri\":\"at://did:plc:fake/app.bsky.feed.post/r\",\"cid\":\"bafy\"}")
                                .handle(exchange);
                    }
                })
                .on("com.atproto.server.refreshSession", json(200, session()));

        PublishResult result = bluesky.publish(live(), post("ciao"), "k1");

        assertThat(result.published()).isTrue();
        assertThat(pds.callsOf("com.atproto.server.refreshSession")).isEqualTo(1);
        assertThat(renewed).hasSize(1);
        assertThat(renewed.get(0)).containsOnlyKeys("appPassword", "accessJwt", "refreshJwt");
        assertThat(renewed.get(0).get("appPassword")).isEqualTo("abcd-efgh-ijkl-mnop");
    }

    @Test
    void aTokenAboutToExpireIsRefreshedBeforeTheCall() {
        pds.on("com.atproto.server.refreshSession", json(200, session()))
                .on("com.atproto.repo.createRecord", json(200, "{\"uri\":\"at://did:plc:fake/app.bsky.feed.post/r\"}"));

        bluesky.publish(
                credentials(pds.url(), jwt(Instant.now().plusSeconds(120), "com.atproto.appPass")), post("ciao"), "k1");

        assertThat(pds.calls).containsExactly("com.atproto.server.refreshSession", "com.atproto.repo.createRecord");
        assertThat(renewed).hasSize(1);
    }

    @Test
    void whenNoSessionCanBeHadTheChannelNeedsReconnecting() {
        pds.on(
                        "com.atproto.server.refreshSession",
                        json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has been revoked\"}"))
                .on(
                        "com.atproto.server.createSession",
                        json(
                                401,
                                "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}"));

        PublishResult result = bluesky.publish(credentials(pds.url(), "garbage"), post("ciao"), "k1");

        assertThat(result.error()).isEqualTo(ErrorKind.REAUTH);
        assertThat(pds.callsOf("com.atproto.repo.createRecord")).isZero();
        assertThat(renewed).isEmpty();
    }

    @Test
    void aTokenRefusedEvenAfterRenewalNeedsReconnecting() {
        pds.on(
                        "com.atproto.repo.createRecord",
                        json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"nope\"}"))
                .on("com.atproto.server.refreshSession", json(200, session()));

        PublishResult result = bluesky.publish(live(), post("ciao"), "k1");

        assertThat(result.error()).isEqualTo(ErrorKind.REAUTH);
        assertThat(pds.callsOf("com.atproto.repo.createRecord")).isEqualTo(2);
    }

    @Test
    void anUnknownHandleStaysTextButAnUnansweredOneWaits() {
        pds.on(
                        "com.atproto.identity.resolveHandle",
                        json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Unable to resolve handle\"}"))
                .on("com.atproto.repo.createRecord", json(200, "{\"uri\":\"at://did:plc:fake/app.bsky.feed.post/r\"}"));
        assertThat(bluesky.publish(live(), post("ciao @nobody.test"), "k1").published())
                .isTrue();

        pds.on("com.atproto.identity.resolveHandle", json(503, "{\"error\":\"InternalServerError\"}"));
        assertThat(bluesky.publish(live(), post("ciao @nobody.test"), "k1").error())
                .isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void contentBlueskyCannotTakeIsRefusedWithoutACall() {
        ChannelCredentials credentials = live();

        assertThat(bluesky.publish(credentials, post("a".repeat(301)), "k").error())
                .isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(bluesky.publish(credentials, post("👩‍👩‍👧‍👦".repeat(300)), "k")
                        .detail())
                .contains("3000 bytes");
        assertThat(bluesky.publish(credentials, post(" "), "k").error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(bluesky.publish(
                                credentials,
                                new Post("x", Collections.nCopies(5, png()), CREATED, null, null, null),
                                "k")
                        .detail())
                .contains("at most 4");
        Image bmp = new Image(new byte[] {1}, "image/bmp", "", 1, 1);
        assertThat(bluesky.publish(credentials, new Post("x", List.of(bmp), CREATED, null, null, null), "k")
                        .detail())
                .contains("image/bmp");
        Image big = new Image(new byte[2_000_001], "image/jpeg", "", 1, 1);
        assertThat(bluesky.publish(credentials, new Post("x", List.of(big), CREATED, null, null, null), "k")
                        .detail())
                .contains("2000001 bytes");
        assertThat(bluesky.publish(
                                credentials,
                                new Post("x", List.of(), CREATED, null, null, Visibility.FOLLOWERS_ONLY),
                                "k")
                        .error())
                .isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(bluesky.publish(credentials, new Post("x", List.of(), CREATED, null, "spoiler", null), "k")
                        .error())
                .isEqualTo(ErrorKind.BAD_CONTENT);

        assertThat(pds.calls).isEmpty();
    }

    // finding and deleting

    @Test
    void findingTellsFoundNoneOrCannotTell() throws Exception {
        pds.on("com.atproto.repo.getRecord", json(200, record(CREATED)));
        assertThat(bluesky.find(live(), post("ciao"), "k1"))
                .hasValueSatisfying(r -> assertThat(r.published()).isTrue());

        pds.on("com.atproto.repo.getRecord", json(400, NOT_FOUND));
        assertThat(bluesky.find(live(), post("ciao"), "k1")).isEmpty();

        pds.on("com.atproto.repo.getRecord", json(429, "{\"error\":\"RateLimitExceeded\"}"));
        assertThatThrownBy(() -> bluesky.find(live(), post("ciao"), "k1")).isInstanceOf(IllegalStateException.class);

        pds.on("com.atproto.repo.getRecord", html(502));
        assertThatThrownBy(() -> bluesky.find(live(), post("ciao"), "k1")).isInstanceOf(IllegalStateException.class);

        ChannelCredentials down = credentials(closedPort(), "x");
        assertThatThrownBy(() -> bluesky.find(down, post("ciao"), "k1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deletingRemovesOnlyPostsOfTheAccount() {
        pds.on("com.atproto.repo.deleteRecord", json(200, "{}"));

        assertThat(bluesky.delete(live(), "at://did:plc:fake/app.bsky.feed.post/3abc")
                        .published())
                .isTrue();
        assertThat(bluesky.delete(live(), "at://did:plc:other/app.bsky.feed.post/3abc")
                        .error())
                .isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(pds.callsOf("com.atproto.repo.deleteRecord")).isEqualTo(1);
    }

    @Test
    void postAddressesOpenSomethingReal() {
        assertThat(bluesky.postUrl("https://bsky.social", DID, "3abc"))
                .isEqualTo("https://bsky.app/profile/did:plc:fake/post/3abc");
        assertThat(bluesky.postUrl("http://localhost:2583", DID, "3abc"))
                .isEqualTo("http://localhost:2583/xrpc/com.atproto.repo.getRecord?repo=did:plc:fake"
                        + "&collection=app.bsky.feed.post&rkey=3abc");
    }

    static Image png() {
        return new Image(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "a dot", 1, 1);
    }
}
