package io.coro.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.coro.CoroApplication;
import io.coro.channels.Channels;
import io.coro.publishing.PublishingFixture.Shop;
import io.coro.shared.database.EmbeddedPostgresServer;
import io.coro.support.FakeNetwork;
import io.coro.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two complete Coro nodes, each with its own name, port and data directory, on one PostgreSQL database and one
 * network: the database hands each due item to one node, so a minute with a thousand posts is shared by both and every
 * item goes out exactly once. Both nodes run the migrations at start (Flyway locks the schema history while one does)
 * and open the channel credentials with the same key.
 */
class TwoNodesTests {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTests.class);

    static final int ITEMS = 1_000;
    static final Duration LATENCY = Duration.ofMillis(20);
    static final Duration PATIENCE = Duration.ofMinutes(3);

    /** A fixed AES-256 key both nodes seal and open channel credentials with (the key of a real cluster is secret). */
    static final String CREDENTIAL_KEY = Base64.getEncoder()
            .encodeToString("two-nodes-test-key-0123456789ab!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void twoNodesShareAMinuteOfAThousandPostsAndEachGoesOutExactlyOnce() throws Exception {
        String database = "coro_test_" + ProcessHandle.current().pid() + "_two_nodes";
        createDatabase(database);
        FakeNetwork network = new FakeNetwork();
        ExecutorService starting = Executors.newFixedThreadPool(2);
        // started together: both run Flyway on the empty database at the same time
        List<Future<ConfigurableApplicationContext>> nodes = List.of(
                starting.submit(() -> node("node-a", database, network)),
                starting.submit(() -> node("node-b", database, network)));
        try {
            ConfigurableApplicationContext a = nodes.get(0).get();
            ConfigurableApplicationContext b = nodes.get(1).get();

            Shop shop = a.getBean(PublishingFixture.class).shop("Forno a Due Forni");
            assertThat(b.getBean(Channels.class)
                            .publisher(shop.bakery().workspaceId(), shop.channelId())
                            .orElseThrow()
                            .credentials()
                            .secret("password"))
                    .as("node B opens what node A sealed")
                    .isEqualTo("right-password");
            network.latency(LATENCY);

            Map<UUID, String> texts = schedule(a.getBean(PublishingFixture.class), shop);

            JdbcClient jdbc = a.getBean(JdbcClient.class);
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(jdbc, "SELECT count(*) FROM plan_item WHERE status = 'PUBLISHED'") == ITEMS);

            List<FakeNetwork.Post> posts = network.posts(shop.account());
            assertThat(posts).hasSize(ITEMS);
            assertThat(posts.stream().map(FakeNetwork.Post::key).distinct()).hasSize(ITEMS);
            assertThat(posts.stream().map(FakeNetwork.Post::text))
                    .as("one post per item")
                    .containsExactlyInAnyOrderElementsOf(texts.values());
            assertThat(jdbc.sql("SELECT idempotency_key FROM publication WHERE state = 'PUBLISHED'")
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrderElementsOf(
                            posts.stream().map(FakeNetwork.Post::key).toList());

            assertThat(jdbc.sql("SELECT item_id FROM publication WHERE state = 'PUBLISHED'")
                            .query(UUID.class)
                            .list())
                    .as("exactly one published ledger row per item")
                    .containsExactlyInAnyOrderElementsOf(texts.keySet());
            assertThat(count(jdbc, "SELECT count(*) FROM publication")).isEqualTo(ITEMS);
            assertThat(jdbc.sql("""
                            SELECT p.item_id FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
                             WHERE a.action = 'SEND' AND a.outcome = 'PUBLISHED'""").query(UUID.class).list())
                    .as("exactly one send per item")
                    .containsExactlyInAnyOrderElementsOf(texts.keySet());
            assertThat(count(jdbc, "SELECT count(*) FROM publication_attempt")).isEqualTo(ITEMS);
            assertThat(jdbc.sql("SELECT DISTINCT node FROM publication_attempt")
                            .query(String.class)
                            .list())
                    .as("both nodes did part of the work")
                    .containsExactlyInAnyOrder("node-a", "node-b");
            log.info(
                    "Sends per node: {}; the last post went out {} ms after its time",
                    jdbc.sql("SELECT node || '=' || count(*) FROM publication_attempt GROUP BY node ORDER BY node")
                            .query(String.class)
                            .list(),
                    count(jdbc, """
                            SELECT CAST(1000 * extract(epoch FROM max(published_at - planned_at)) AS bigint)
                              FROM publication"""));
        } finally {
            network.latency(Duration.ZERO);
            for (Future<ConfigurableApplicationContext> node : nodes) {
                try {
                    node.get().close();
                } catch (ExecutionException didNotStart) {
                    // its failure is the test's failure, reported by get() above
                }
            }
            starting.shutdown();
        }
    }

    /**
     * Takes the items through the plan as people do, on four threads so that it takes seconds: written and approved
     * first, then all scheduled for one time twenty seconds after the last approval.
     */
    private Map<UUID, String> schedule(PublishingFixture fixture, Shop shop) throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            List<Future<UUID>> approving = new ArrayList<>();
            List<String> texts = IntStream.range(0, ITEMS)
                    .mapToObj(i -> "Pane del giorno n. " + i)
                    .toList();
            for (String text : texts) {
                approving.add(people.submit(() -> fixture.approved(shop, text)));
            }
            List<UUID> items = new ArrayList<>();
            for (Future<UUID> item : approving) {
                items.add(item.get());
            }
            Instant at = Instant.now().plusSeconds(20);
            List<Future<?>> scheduling = new ArrayList<>();
            for (UUID item : items) {
                // on a machine slow enough to reach the time while scheduling, the rest go a moment later
                scheduling.add(people.submit(() ->
                        fixture.schedule(shop, item, latest(at, Instant.now().plusSeconds(2)))));
            }
            for (Future<?> done : scheduling) {
                done.get();
            }
            return IntStream.range(0, ITEMS).boxed().collect(Collectors.toMap(items::get, texts::get));
        } finally {
            people.shutdownNow();
        }
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static ConfigurableApplicationContext node(String name, String database, FakeNetwork network) {
        EmbeddedPostgresServer pg = TestDatabase.server();
        return new SpringApplicationBuilder(CoroApplication.class)
                .initializers(context -> context.addBeanFactoryPostProcessor(sharing(network)))
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + pg.port() + "/" + database,
                        "--spring.datasource.username=" + pg.username(),
                        "--spring.datasource.password=" + pg.password(),
                        "--coro.data-dir="
                                + Path.of("target", "test-data", database + "-" + name)
                                        .toAbsolutePath(),
                        "--coro.channels.credential-key=" + CREDENTIAL_KEY,
                        "--coro.jobs.node-name=" + name);
    }

    /** Both nodes post to the one network, as two servers of a real installation do. */
    private static BeanFactoryPostProcessor sharing(FakeNetwork network) {
        return factory ->
                ((AbstractBeanDefinition) factory.getBeanDefinition("fakeNetwork")).setInstanceSupplier(() -> network);
    }

    private static void createDatabase(String database) throws Exception {
        EmbeddedPostgresServer pg = TestDatabase.server();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + pg.port() + "/postgres", pg.username(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
