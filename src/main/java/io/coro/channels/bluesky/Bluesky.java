package io.coro.channels.bluesky;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithPassword;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.PublishResult.ErrorKind;
import io.coro.channels.spi.Publishes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky, through the AT Protocol's XRPC API of the account's PDS (bsky.social or any self-hosted one); the PLC
 * directory and the AppView are never called directly. Posts are idempotent through their record key, derived from
 * the idempotency key and the creation time ({@link RecordKey}): the PDS never holds two records under one key.
 */
@Component
public class Bluesky implements Publishes, ConnectsWithPassword {

    static final int MAX_GRAPHEMES = 300;
    /** The lexicon also bounds the text's UTF-8 length, which 300 long emoji sequences could pass. */
    static final int MAX_TEXT_BYTES = 3000;

    static final int MAX_IMAGES = 4;
    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    private final BlueskyProperties properties;
    private final XrpcClient xrpc;
    private final Clock clock;
    private final NetworkCapabilities capabilities;

    @Autowired
    public Bluesky(BlueskyProperties properties) {
        this(properties, Clock.systemUTC());
    }

    Bluesky(BlueskyProperties properties, Clock clock) {
        this.properties = properties;
        this.xrpc = new XrpcClient(properties.connectTimeout(), properties.readTimeout());
        this.clock = clock;
        this.capabilities = new NetworkCapabilities(
                MAX_GRAPHEMES,
                NetworkCapabilities.LengthUnit.GRAPHEMES,
                MAX_IMAGES,
                properties.maxImageBytes(),
                IMAGE_TYPES,
                true,
                true,
                0);
    }

    @Override
    public String key() {
        return "bluesky";
    }

    @Override
    public String displayName() {
        return "Bluesky";
    }

    @Override
    public NetworkCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String defaultServiceUrl() {
        return "https://bsky.social";
    }

    @Override
    public Connection connect(String serviceUrl, String identifier, String password) throws ConnectionFailed {
        return new Connecting(xrpc, clock).connect(normalise(serviceUrl), identifier, password, this);
    }

    @Override
    public PublishResult publish(ChannelCredentials credentials, Post post, String idempotencyKey) {
        String problem = problemWith(post);
        if (problem != null) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, problem);
        }
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, "no idempotency key");
        }
        String rkey = RecordKey.of(idempotencyKey, post.createdAt());
        Session session = new Session(xrpc, credentials, clock);
        try {
            List<Facets.Facet> facets = Facets.detect(post.text());
            Map<String, String> dids = resolveMentions(credentials.serviceUrl(), facets);
            List<JsonNode> blobs = new ArrayList<>();
            for (Image image : post.images()) {
                XrpcResponse uploaded = session.call(token -> xrpc.upload(
                        credentials.serviceUrl(),
                        "com.atproto.repo.uploadBlob",
                        image.bytes(),
                        contentTypeOf(image),
                        token));
                JsonNode blob = uploaded.ok() ? uploaded.body().get("blob") : null;
                if (blob == null || !blob.isObject()) {
                    return Failures.of(uploaded, clock.instant());
                }
                blobs.add(blob);
            }
            ObjectNode input = XrpcClient.JSON
                    .createObjectNode()
                    .put("repo", credentials.account())
                    .put("collection", PostRecord.COLLECTION)
                    .put("rkey", rkey)
                    .set("record", PostRecord.of(post, facets, dids, blobs));
            return create(credentials, session, input, post, rkey);
        } catch (CallFailed e) {
            return e.result();
        } catch (XrpcClient.Unreachable e) {
            return Failures.of(e, false);
        } catch (RuntimeException e) {
            return PublishResult.failed(ErrorKind.TRANSIENT, e.toString());
        }
    }

    private PublishResult create(
            ChannelCredentials credentials, Session session, ObjectNode input, Post post, String rkey) {
        XrpcResponse created;
        try {
            created = session.call(
                    token -> xrpc.procedure(credentials.serviceUrl(), "com.atproto.repo.createRecord", input, token));
        } catch (XrpcClient.Unreachable e) {
            if (!e.mayHaveArrived()) {
                return Failures.of(e, true);
            }
            // the write may have happened: if the record is there now, it is published
            return existing(credentials, post, rkey).orElse(Failures.of(e, true));
        } catch (CallFailed e) {
            throw e;
        } catch (RuntimeException e) {
            return existing(credentials, post, rkey)
                    .orElse(PublishResult.failed(ErrorKind.UNKNOWN_OUTCOME, e.toString()));
        }
        if (created.ok()) {
            return published(credentials, created.text("uri"), rkey);
        }
        PublishResult failure = Failures.of(created, clock.instant());
        if (failure.error() == ErrorKind.TRANSIENT || failure.error() == ErrorKind.BAD_CONTENT) {
            // the reference PDS answers a second write under an existing key with a bare 500 InternalServerError
            // (others may say 400 or 409): if the post is there, this is a repeat and the post is published
            return existing(credentials, post, rkey).orElse(failure);
        }
        return failure;
    }

    /** The published post under the key, if the PDS can tell now; empty when it cannot or has none. */
    private Optional<PublishResult> existing(ChannelCredentials credentials, Post post, String rkey) {
        try {
            return findByKey(credentials, post, rkey);
        } catch (IllegalStateException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<PublishResult> find(ChannelCredentials credentials, Post post, String idempotencyKey) {
        return findByKey(credentials, post, RecordKey.of(idempotencyKey, post.createdAt()));
    }

    private Optional<PublishResult> findByKey(ChannelCredentials credentials, Post post, String rkey) {
        XrpcResponse response;
        try {
            // records are public: no session needed, so finding works even when the credentials no longer do
            response = xrpc.query(
                    credentials.serviceUrl(),
                    "com.atproto.repo.getRecord",
                    Map.of("repo", credentials.account(), "collection", PostRecord.COLLECTION, "rkey", rkey),
                    null);
        } catch (XrpcClient.Unreachable e) {
            throw new IllegalStateException("Bluesky cannot tell now: " + e.getMessage(), e);
        }
        if (response.ok()) {
            JsonNode value = response.body().path("value");
            String createdAt = value.path("createdAt").asString("");
            if (!createdAt.equals(PostRecord.timestamp(post.createdAt()))) {
                // another record under this key, not made for this post (odds about one in a million)
                return Optional.empty();
            }
            return Optional.of(published(credentials, response.text("uri"), rkey));
        }
        if (response.isJson() && (response.status() == 400 || response.status() == 404)) {
            return Optional.empty();
        }
        throw new IllegalStateException("Bluesky cannot tell now: " + response.message());
    }

    @Override
    public PublishResult delete(ChannelCredentials credentials, String networkId) {
        AtUri uri = AtUri.parse(networkId);
        if (uri == null || !uri.did().equals(credentials.account())) {
            return PublishResult.failed(ErrorKind.BAD_CONTENT, "not a post of this account: " + networkId);
        }
        ObjectNode input = XrpcClient.JSON
                .createObjectNode()
                .put("repo", uri.did())
                .put("collection", uri.collection())
                .put("rkey", uri.rkey());
        try {
            XrpcResponse deleted = new Session(xrpc, credentials, clock)
                    .call(token ->
                            xrpc.procedure(credentials.serviceUrl(), "com.atproto.repo.deleteRecord", input, token));
            return deleted.ok() ? PublishResult.published(null, networkId) : Failures.of(deleted, clock.instant());
        } catch (CallFailed e) {
            return e.result();
        } catch (XrpcClient.Unreachable e) {
            return Failures.of(e, true);
        }
    }

    /** Why the post cannot go to Bluesky as it is, or null. Checked before any call. */
    String problemWith(Post post) {
        String text = post.text() == null ? "" : post.text();
        if (text.isBlank() && post.images().isEmpty()) {
            return "the post is empty";
        }
        int length = capabilities.lengthOf(text);
        if (length > MAX_GRAPHEMES) {
            return "the text has " + length + " characters, Bluesky takes at most " + MAX_GRAPHEMES;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            return "the text is longer than Bluesky's " + MAX_TEXT_BYTES + " bytes";
        }
        if (post.images().size() > MAX_IMAGES) {
            return post.images().size() + " images, Bluesky takes at most " + MAX_IMAGES;
        }
        for (Image image : post.images()) {
            if (image.bytes() == null || image.bytes().length == 0) {
                return "an image is empty";
            }
            if (!IMAGE_TYPES.contains(contentTypeOf(image))) {
                return "Bluesky does not take images of type " + image.contentType();
            }
            if (image.bytes().length > properties.maxImageBytes()) {
                return "an image has " + image.bytes().length + " bytes, Bluesky takes at most "
                        + properties.maxImageBytes();
            }
        }
        if (post.createdAt() == null) {
            return "the post has no creation time";
        }
        if (post.visibility() != Visibility.PUBLIC) {
            return "every Bluesky post is public: it cannot be " + post.visibility();
        }
        if (post.contentWarning() != null && !post.contentWarning().isBlank()) {
            return "Bluesky has no content warnings for text: the text would show without it";
        }
        return null;
    }

    /** The image's media type, lower case and without parameters. */
    static String contentTypeOf(Image image) {
        String type = image.contentType() == null ? "" : image.contentType();
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /** The DID of each mentioned handle that the PDS resolves; an unknown handle stays plain text. */
    private Map<String, String> resolveMentions(String serviceUrl, List<Facets.Facet> facets) {
        Map<String, String> dids = new HashMap<>();
        for (Facets.Facet facet : facets) {
            if (facet.kind() != Facets.Kind.MENTION || dids.containsKey(facet.value())) {
                continue;
            }
            XrpcResponse resolved =
                    xrpc.query(serviceUrl, "com.atproto.identity.resolveHandle", Map.of("handle", facet.value()), null);
            String did = resolved.ok() ? resolved.text("did") : null;
            if (did != null && did.startsWith("did:")) {
                dids.put(facet.value(), did);
            } else if (resolved.status() == 429 || resolved.status() >= 500 || !resolved.isJson()) {
                // the PDS cannot tell now: publishing without the mention would lose it for good
                throw new CallFailed(Failures.of(resolved, clock.instant()));
            }
        }
        return dids;
    }

    private PublishResult published(ChannelCredentials credentials, String uri, String rkey) {
        String atUri = uri != null ? uri : "at://" + credentials.account() + "/" + PostRecord.COLLECTION + "/" + rkey;
        return PublishResult.published(postUrl(credentials.serviceUrl(), credentials.account(), rkey), atUri);
    }

    /**
     * The web address of a post. Posts of an account on a public server are shown by the web app (bsky.app), under
     * the account's DID, which outlives handle changes; a loopback PDS has no web app, so its address is the PDS's
     * own getRecord for the record, which opens the post as JSON.
     */
    String postUrl(String serviceUrl, String did, String rkey) {
        if (isLoopback(serviceUrl)) {
            return serviceUrl + "/xrpc/com.atproto.repo.getRecord?repo=" + did + "&collection=" + PostRecord.COLLECTION
                    + "&rkey=" + rkey;
        }
        return properties.webUrl() + "/profile/" + did + "/post/" + rkey;
    }

    /** The account's page: the web app's profile, or the PDS's description of the repository for a loopback PDS. */
    String profileUrl(String serviceUrl, String did, String handle) {
        if (isLoopback(serviceUrl)) {
            return serviceUrl + "/xrpc/com.atproto.repo.describeRepo?repo=" + did;
        }
        return properties.webUrl() + "/profile/" + (handle != null ? handle : did);
    }

    static boolean isLoopback(String serviceUrl) {
        String host = URI.create(serviceUrl).getHost();
        return host != null
                && (host.equalsIgnoreCase("localhost")
                        || host.startsWith("127.")
                        || host.equals("[::1]")
                        || host.equals("::1"));
    }

    /** The service address without a trailing slash, https:// when no scheme is given. */
    static String normalise(String serviceUrl) throws ConnectionFailed {
        String url = serviceUrl == null ? "" : serviceUrl.strip();
        if (url.isEmpty()) {
            throw new ConnectionFailed(ConnectionFailed.Kind.NOT_A_SERVER, "no service address");
        }
        if (!url.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            url = "https://" + url;
        }
        url = url.replaceAll("/+$", "");
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme().toLowerCase();
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new IllegalArgumentException(url);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(url);
            }
            return scheme + url.substring(scheme.length());
        } catch (IllegalArgumentException e) {
            throw new ConnectionFailed(ConnectionFailed.Kind.NOT_A_SERVER, "not a web address: " + serviceUrl);
        }
    }

    /** An at:// URI of a record: at://did/collection/rkey. */
    record AtUri(String did, String collection, String rkey) {

        static AtUri parse(String uri) {
            if (uri == null || !uri.startsWith("at://")) {
                return null;
            }
            String[] parts = uri.substring("at://".length()).split("/");
            return parts.length == 3 && parts[0].startsWith("did:") ? new AtUri(parts[0], parts[1], parts[2]) : null;
        }
    }
}
