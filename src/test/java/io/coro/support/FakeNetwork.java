package io.coro.support;

import io.coro.channels.spi.ChannelCredentials;
import io.coro.channels.spi.Connection;
import io.coro.channels.spi.ConnectionFailed;
import io.coro.channels.spi.ConnectsWithPassword;
import io.coro.channels.spi.NetworkCapabilities;
import io.coro.channels.spi.PublishResult;
import io.coro.channels.spi.Publishes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * An in-process network for the publishing tests and benchmark: it keeps posts by account and idempotency key, as a
 * network with idempotency does (the same key twice makes one post), answers after a configurable latency, and can
 * be told what to answer next per account (a rate limit, an outage, refused credentials, a timeout after storing).
 * Being a bean is all it takes to be a network: Coro lists it with the others.
 */
@Component
public class FakeNetwork implements Publishes, ConnectsWithPassword {

    public static final String KEY = "fakenet";

    /** What an account answers to its next publish calls, in order; then it publishes normally. */
    public enum Script {
        TRANSIENT,
        RATE_LIMITED,
        REAUTH,
        BAD_CONTENT,
        /** stores the post but answers as if the connection dropped: the outcome is unknown to Coro */
        STORE_THEN_TIMEOUT
    }

    public record Post(String account, String key, String text, int images, long at) {}

    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final Map<String, Queue<Script>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private volatile Duration latency = Duration.ZERO;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String displayName() {
        return "Fakenet";
    }

    @Override
    public NetworkCapabilities capabilities() {
        return new NetworkCapabilities(
                300,
                NetworkCapabilities.LengthUnit.GRAPHEMES,
                4,
                1_000_000,
                Set.of("image/png", "image/jpeg"),
                true,
                true,
                0);
    }

    @Override
    public String defaultServiceUrl() {
        return "https://fakenet.example";
    }

    @Override
    public Connection connect(String serviceUrl, String identifier, String password) throws ConnectionFailed {
        identifier = identifier.startsWith("acct:") ? identifier.substring("acct:".length()) : identifier;
        if (!"right-password".equals(password)) {
            throw new ConnectionFailed(ConnectionFailed.Kind.BAD_CREDENTIALS, "Invalid identifier or password");
        }
        revoked.remove(identifier);
        return new Connection(
                serviceUrl,
                "acct:" + identifier,
                "@" + identifier,
                identifier,
                serviceUrl + "/@" + identifier,
                Map.of("password", password, "token", "t-" + System.nanoTime()),
                capabilities());
    }

    @Override
    public PublishResult publish(ChannelCredentials credentials, Publishes.Post post, String idempotencyKey) {
        String account = credentials.account();
        calls.computeIfAbsent(account, a -> new AtomicInteger()).incrementAndGet();
        sleep();
        if (revoked.contains(account.substring("acct:".length()))) {
            return PublishResult.failed(PublishResult.ErrorKind.REAUTH, "401 InvalidToken: token has been revoked");
        }
        Script next = Optional.ofNullable(scripts.get(account)).map(Queue::poll).orElse(null);
        if (next != null) {
            switch (next) {
                case TRANSIENT -> {
                    return PublishResult.failed(PublishResult.ErrorKind.TRANSIENT, "503 Service Unavailable");
                }
                case RATE_LIMITED -> {
                    return PublishResult.rateLimited(Duration.ofSeconds(2), "429 Too Many Requests");
                }
                case REAUTH -> {
                    revoked.add(account.substring("acct:".length()));
                    return PublishResult.failed(
                            PublishResult.ErrorKind.REAUTH, "401 InvalidToken: token has been revoked");
                }
                case BAD_CONTENT -> {
                    return PublishResult.failed(
                            PublishResult.ErrorKind.BAD_CONTENT, "422 Validation failed: Text is spam");
                }
                case STORE_THEN_TIMEOUT -> {
                    store(account, post, idempotencyKey);
                    return PublishResult.failed(PublishResult.ErrorKind.UNKNOWN_OUTCOME, "read timed out");
                }
                default -> throw new IllegalStateException();
            }
        }
        return published(store(account, post, idempotencyKey));
    }

    private Post store(String account, Publishes.Post post, String key) {
        return posts.computeIfAbsent(
                account + "|" + key,
                k -> new Post(account, key, post.text(), post.images().size(), System.currentTimeMillis()));
    }

    private static PublishResult published(Post post) {
        return PublishResult.published("https://fakenet.example/posts/" + post.key(), post.key());
    }

    @Override
    public Optional<PublishResult> find(ChannelCredentials credentials, Publishes.Post post, String idempotencyKey) {
        sleep();
        return Optional.ofNullable(posts.get(credentials.account() + "|" + idempotencyKey))
                .map(FakeNetwork::published);
    }

    @Override
    public PublishResult delete(ChannelCredentials credentials, String networkId) {
        posts.remove(credentials.account() + "|" + networkId);
        return PublishResult.published(null, networkId);
    }

    // ---- for tests

    public void script(String identifier, Script... next) {
        scripts.computeIfAbsent("acct:" + identifier, a -> new ConcurrentLinkedQueue<>())
                .addAll(java.util.List.of(next));
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    public java.util.List<Post> posts(String identifier) {
        return posts.values().stream()
                .filter(p -> p.account().equals("acct:" + identifier))
                .toList();
    }

    public int calls(String identifier) {
        return Optional.ofNullable(calls.get("acct:" + identifier))
                .map(AtomicInteger::get)
                .orElse(0);
    }

    private void sleep() {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
