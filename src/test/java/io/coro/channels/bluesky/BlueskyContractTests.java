package io.coro.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes.Image;
import io.coro.channels.spi.Publishes.Post;
import io.coro.support.BlueskyLocal;
import io.coro.support.BlueskyLocal.Account;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Bluesky adapter against the AT Protocol reference implementation (PDS, PLC and AppView from npm, on
 * loopback): what it sends is read back from the PDS as any Bluesky app would read it.
 */
class BlueskyContractTests {

    static BlueskyLocal network;
    static Account aurora;
    static Account bruno;
    static String auroraAppPassword;

    final Bluesky bluesky = new Bluesky(BlueskyProperties.defaults());
    final List<Map<String, String>> renewed = Collections.synchronizedList(new ArrayList<>());

    // before each test, not all: a skip (no Node) then shows on every test, with its message
    @BeforeEach
    void accounts() {
        network = BlueskyLocal.pds();
        if (aurora == null) {
            aurora = network.createAccount("aurora");
            bruno = network.createAccount("bruno");
            auroraAppPassword = network.createAppPassword(aurora, "coro");
        }
    }

    Connection connect(Account account, String appPassword) throws ConnectionFailed {
        return bluesky.connect(BlueskyLocal.PDS_URL, account.handle(), appPassword);
    }

    ChannelCredentials credentials(Connection connection) {
        return credentials(connection.accountId(), connection.secrets());
    }

    ChannelCredentials credentials(String did, Map<String, String> secrets) {
        return new ChannelCredentials(BlueskyLocal.PDS_URL, did, secrets, renewed::add);
    }

    /** A fresh account connected with an app password, for tests that count its posts. */
    ChannelCredentials freshChannel(String name) throws ConnectionFailed {
        Account account = network.createAccount(name);
        return credentials(connect(account, network.createAppPassword(account, "coro")));
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static String rkeyOf(String atUri) {
        return atUri.substring(atUri.lastIndexOf('/') + 1);
    }

    // connecting

    @Test
    void connectsWithHandleAndAppPassword() throws Exception {
        Connection connection = bluesky.connect(BlueskyLocal.PDS_URL + "/", "@" + aurora.handle(), auroraAppPassword);

        assertThat(connection.serviceUrl()).isEqualTo(BlueskyLocal.PDS_URL);
        assertThat(connection.accountId()).isEqualTo(aurora.did()).startsWith("did:plc:");
        assertThat(connection.handle()).isEqualTo(aurora.handle());
        assertThat(connection.displayName()).isNotBlank();
        assertThat(connection.secrets()).containsOnlyKeys("appPassword", "accessJwt", "refreshJwt");
        assertThat(connection.secrets().get("appPassword")).isEqualTo(auroraAppPassword);
        assertThat(connection.capabilities().maxTextLength()).isEqualTo(300);
        assertThat(connection.capabilities().lengthUnit()).isEqualTo(NetworkCapabilities.LengthUnit.GRAPHEMES);
        assertThat(connection.capabilities().maxImages()).isEqualTo(4);
        assertThat(connection.capabilities().altText()).isTrue();
        // the profile link opens the account's repository on the local PDS
        assertThat(get(connection.profileUrl())).contains(aurora.handle());
    }

    @Test
    void connectsWithTheDid() throws Exception {
        Connection connection = bluesky.connect(BlueskyLocal.PDS_URL, aurora.did(), auroraAppPassword);

        assertThat(connection.accountId()).isEqualTo(aurora.did());
        assertThat(connection.handle()).isEqualTo(aurora.handle());
    }

    @Test
    void aWrongPasswordIsBadCredentials() {
        assertThatThrownBy(() -> bluesky.connect(BlueskyLocal.PDS_URL, aurora.handle(), "wrong-pass-word-here"))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.BAD_CREDENTIALS);
                    assertThat(e.detail()).contains("Invalid identifier or password");
                });
    }

    @Test
    void theAccountsOwnPasswordIsRefused() {
        assertThatThrownBy(() -> bluesky.connect(BlueskyLocal.PDS_URL, aurora.handle(), aurora.password()))
                .isInstanceOfSatisfying(ConnectionFailed.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.BAD_CREDENTIALS);
                    assertThat(e.detail()).contains("app password");
                });
    }

    @Test
    void aPortWhereNothingListensIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://localhost:" + port;

        assertThatThrownBy(() -> bluesky.connect(url, aurora.handle(), auroraAppPassword))
                .isInstanceOfSatisfying(
                        ConnectionFailed.class, e -> assertThat(e.kind()).isEqualTo(ConnectionFailed.Kind.UNREACHABLE));
    }

    // publishing

    @Test
    void publishesTextWithLinkMentionHashtagAccentsEmojiAndAnImage() throws Exception {
        ChannelCredentials channel = credentials(connect(aurora, auroraAppPassword));
        String text =
                "Perché il caffè è già pronto ☕🇮🇹 da noi: leggi https://example.com/menu?giorno=lunedi, chiedi a @"
                        + bruno.handle() + " e cerca #caffè!";
        byte[] png = png(40, 30);
        Image image = new Image(png, "image/png", "Una tazzina di caffè sul bancone", 40, 30);
        Post post = new Post(text, List.of(image), now(), "it", null, null);

        PublishResult result = bluesky.publish(channel, post, key());

        assertThat(result.published()).as(result.detail()).isTrue();
        assertThat(result.networkId()).startsWith("at://" + aurora.did() + "/app.bsky.feed.post/");
        String rkey = rkeyOf(result.networkId());
        assertThat(RecordKey.isTid(rkey)).isTrue();
        JsonNode stored = network.getRecord(aurora.did(), "app.bsky.feed.post", rkey);
        assertThat(stored).isNotNull();
        JsonNode record = stored.get("value");
        assertThat(record.get("text").asString()).isEqualTo(text);
        assertThat(record.get("createdAt").asString()).isEqualTo(PostRecord.timestamp(post.createdAt()));
        assertThat(record.get("langs").get(0).asString()).isEqualTo("it");

        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        List<String> slices = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode facet : record.get("facets")) {
            int start = facet.get("index").get("byteStart").asInt();
            int end = facet.get("index").get("byteEnd").asInt();
            slices.add(new String(Arrays.copyOfRange(utf8, start, end), StandardCharsets.UTF_8));
            JsonNode feature = facet.get("features").get(0);
            String type = feature.get("$type").asString();
            types.add(type);
            switch (type) {
                case "app.bsky.richtext.facet#link" ->
                    assertThat(feature.get("uri").asString()).isEqualTo("https://example.com/menu?giorno=lunedi");
                case "app.bsky.richtext.facet#mention" ->
                    assertThat(feature.get("did").asString()).isEqualTo(bruno.did());
                case "app.bsky.richtext.facet#tag" ->
                    assertThat(feature.get("tag").asString()).isEqualTo("caffè");
                default -> throw new AssertionError(type);
            }
        }
        assertThat(types)
                .containsExactly(
                        "app.bsky.richtext.facet#link",
                        "app.bsky.richtext.facet#mention",
                        "app.bsky.richtext.facet#tag");
        assertThat(slices).containsExactly("https://example.com/menu?giorno=lunedi", "@" + bruno.handle(), "#caffè");

        JsonNode embed = record.get("embed");
        assertThat(embed.get("$type").asString()).isEqualTo("app.bsky.embed.images");
        JsonNode first = embed.get("images").get(0);
        assertThat(first.get("alt").asString()).isEqualTo("Una tazzina di caffè sul bancone");
        assertThat(first.get("aspectRatio").get("width").asInt()).isEqualTo(40);
        assertThat(first.get("aspectRatio").get("height").asInt()).isEqualTo(30);
        assertThat(first.get("image").get("mimeType").asString()).isEqualTo("image/png");
        String cid = first.get("image").get("ref").get("$link").asString();
        assertThat(network.getBlob(aurora.did(), cid)).hasSize(png.length);

        // the link Coro shows opens the record on the local PDS
        assertThat(get(result.url())).contains(rkey);
    }

    @Test
    void theSameKeyPublishesOnceAndFindsThePost() throws Exception {
        ChannelCredentials channel = freshChannel("carla");
        Post post = new Post(
                "Una sola volta 🎯", List.of(new Image(png(8, 8), "image/png", "", 0, 0)), now(), null, null, null);
        String key = key();

        PublishResult first = bluesky.publish(channel, post, key);
        PublishResult second = bluesky.publish(channel, post, key);

        assertThat(first.published()).as(first.detail()).isTrue();
        assertThat(second.published()).as(second.detail()).isTrue();
        assertThat(second.networkId()).isEqualTo(first.networkId());
        assertThat(second.url()).isEqualTo(first.url());
        assertThat(network.listRecords(channel.account(), "app.bsky.feed.post")).hasSize(1);
        assertThat(bluesky.find(channel, post, key)).hasValueSatisfying(found -> {
            assertThat(found.published()).isTrue();
            assertThat(found.networkId()).isEqualTo(first.networkId());
            assertThat(found.url()).isEqualTo(first.url());
        });
        assertThat(bluesky.find(channel, post, key())).isEmpty();
        JsonNode image = network.listRecords(channel.account(), "app.bsky.feed.post")
                .get(0)
                .get("value")
                .get("embed")
                .get("images")
                .get(0);
        assertThat(image.has("aspectRatio"))
                .as("no aspect ratio when the size is unknown")
                .isFalse();
    }

    @Test
    void thePdsAnswersASecondRecordUnderOneKeyWithABare500() {
        // what the adapter relies on (and the dispatcher should know): no second record, and no telling error name
        Map<String, Object> record =
                Map.of("$type", "app.bsky.feed.post", "text", "doppio", "createdAt", PostRecord.timestamp(now()));
        ObjectNode input = XrpcClient.JSON
                .createObjectNode()
                .put("repo", aurora.did())
                .put("collection", "app.bsky.feed.post")
                .put("rkey", RecordKey.of(key(), now()));
        input.set("record", XrpcClient.JSON.valueToTree(record));

        BlueskyLocal.Answer first = network.call("com.atproto.repo.createRecord", input, aurora.accessJwt());
        BlueskyLocal.Answer second = network.call("com.atproto.repo.createRecord", input, aurora.accessJwt());

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(500);
        assertThat(second.body().get("error").asString()).isEqualTo("InternalServerError");
        // and a key that is not a TID is refused for posts
        input.put("rkey", "coro-" + key());
        BlueskyLocal.Answer notATid = network.call("com.atproto.repo.createRecord", input, aurora.accessJwt());
        assertThat(notATid.status()).isEqualTo(400);
        assertThat(notATid.body().get("message").asString()).contains("Invalid TID");
    }

    @Test
    void anExpiredOrGarbageAccessTokenIsRenewedAndTheNewTokensHandedBack() throws Exception {
        Connection connection = connect(aurora, auroraAppPassword);
        Map<String, String> secrets = new java.util.HashMap<>(connection.secrets());
        secrets.put("accessJwt", "garbage");

        PublishResult refreshed =
                bluesky.publish(credentials(aurora.did(), secrets), Post.of("Rinnovo 1", now()), key());

        assertThat(refreshed.published()).as(refreshed.detail()).isTrue();
        assertThat(renewed).hasSize(1);
        assertThat(renewed.get(0)).containsOnlyKeys("appPassword", "accessJwt", "refreshJwt");
        assertThat(renewed.get(0).get("accessJwt")).isNotEqualTo("garbage");
        assertThat(renewed.get(0).get("refreshJwt"))
                .isNotEqualTo(connection.secrets().get("refreshJwt"));
        assertThat(renewed.get(0).get("appPassword")).isEqualTo(auroraAppPassword);

        // the renewed tokens work as they are, without another renewal
        PublishResult again =
                bluesky.publish(credentials(aurora.did(), renewed.get(0)), Post.of("Rinnovo 2", now()), key());
        assertThat(again.published()).as(again.detail()).isTrue();
        assertThat(renewed).hasSize(1);

        // a token the PDS cannot verify, and a refresh token that is no more: a new session from the app password
        secrets.put("accessJwt", FakePds.jwt(Instant.now().plusSeconds(3600), "com.atproto.appPass"));
        secrets.put("refreshJwt", "garbage");
        PublishResult signedIn =
                bluesky.publish(credentials(aurora.did(), secrets), Post.of("Rinnovo 3", now()), key());
        assertThat(signedIn.published()).as(signedIn.detail()).isTrue();
        assertThat(renewed).hasSize(2);
    }

    @Test
    void aRevokedAppPasswordNeedsReconnecting() throws Exception {
        Account dario = network.createAccount("dario");
        String appPassword = network.createAppPassword(dario, "coro");
        Connection connection = connect(dario, appPassword);
        network.revokeAppPassword(dario, "coro");
        // the PDS does not revoke access tokens already given (they live 2 hours): only new sessions fail
        Map<String, String> secrets = new java.util.HashMap<>(connection.secrets());
        secrets.put("accessJwt", "expired");

        PublishResult result = bluesky.publish(credentials(dario.did(), secrets), Post.of("Non più", now()), key());

        assertThat(result.error()).as(result.detail()).isEqualTo(ErrorKind.REAUTH);
        assertThat(renewed).isEmpty();
        assertThat(network.listRecords(dario.did(), "app.bsky.feed.post")).isEmpty();
    }

    @Test
    void textOverThreeHundredGraphemesIsRefusedBeforeAnyCall() throws Exception {
        ChannelCredentials channel = freshChannel("elena");
        String text = "è".repeat(300) + "!";

        PublishResult result = bluesky.publish(channel, Post.of(text, now()), key());

        assertThat(result.error()).isEqualTo(ErrorKind.BAD_CONTENT);
        assertThat(result.detail()).contains("301");
        assertThat(network.listRecords(channel.account(), "app.bsky.feed.post")).isEmpty();
        // exactly 300, emoji included, is fine
        String limit = "👍🏽".repeat(100) + "ciao ".repeat(40);
        assertThat(bluesky.publish(channel, Post.of(limit, now()), key()).published())
                .isTrue();
    }

    @Test
    void deleteRemovesThePost() throws Exception {
        ChannelCredentials channel = freshChannel("fabio");
        PublishResult published = bluesky.publish(channel, Post.of("Da cancellare", now()), key());
        assertThat(published.published()).as(published.detail()).isTrue();

        PublishResult deleted = bluesky.delete(channel, published.networkId());

        assertThat(deleted.published()).as(deleted.detail()).isTrue();
        assertThat(network.getRecord(channel.account(), "app.bsky.feed.post", rkeyOf(published.networkId())))
                .isNull();
        assertThat(network.listRecords(channel.account(), "app.bsky.feed.post")).isEmpty();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color(120 + x % 100, 70, 40 + y % 100).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String get(String url) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(url.replace("//localhost:", "//127.0.0.1:"));
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
