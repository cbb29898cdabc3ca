package io.coro.support;

import io.coro.shared.database.CoroDataProperties;
import io.coro.shared.database.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real PostgreSQL for tests: one embedded server per test JVM (started by Coro's own {@link EmbeddedPostgresServer},
 * so tests run on exactly what users run), and a fresh database for every Spring test context.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgresServer server;

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            Path dir = Path.of("target", "test-pg").toAbsolutePath();
            server = new EmbeddedPostgresServer(dir, new CoroDataProperties.EmbeddedDb(0, Duration.ofSeconds(120), 4));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-pg-stop"));
            dropOldDatabases();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPostgresServer pg = server();
        String database = "coro_test_" + ProcessHandle.current().pid() + "_" + CONTEXTS.incrementAndGet();
        execute("CREATE DATABASE " + database);
        TestPropertyValues.of(
                        "spring.datasource.url=jdbc:postgresql://localhost:" + pg.port() + "/" + database,
                        "spring.datasource.username=" + pg.username(),
                        "spring.datasource.password=" + pg.password(),
                        "spring.datasource.hikari.maximum-pool-size=5",
                        "coro.data-dir="
                                + Path.of("target", "test-data", database).toAbsolutePath())
                .applyTo(context);
    }

    private static void dropOldDatabases() {
        try (Connection c = admin();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'coro_test_%'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            for (String name : names) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + server.port() + "/postgres", server.username(), server.password());
    }
}
