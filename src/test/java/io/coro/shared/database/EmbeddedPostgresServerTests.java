package io.coro.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL keeps a business's data safely: durable, private, password-protected, version-checked. */
class EmbeddedPostgresServerTests {

    static final CoroDataProperties.EmbeddedDb SETTINGS =
            new CoroDataProperties.EmbeddedDb(0, Duration.ofSeconds(60), 2);

    Path dataDir;
    EmbeddedPostgresServer server;

    @BeforeEach
    void directory() throws Exception {
        Files.createDirectories(Path.of("target"));
        dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "epg-");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void runsDurablyWithPasswordAuthenticationAndPrivateFiles() throws Exception {
        server = start();

        try (Connection c = connect(server, server.password());
                Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("trust rules in pg_hba.conf").isZero();
            }
        }
        assertThatThrownBy(() -> connect(server, "wrong-password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("pg-password"))))
                .isEqualTo("rw-------");
        // zonky unpacks the binaries once per JVM: into the data directory of the first server it starts
        String pid =
                Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim();
        Path binary = Files.readSymbolicLink(Path.of("/proc", pid, "exe"));
        assertThat(binary.toString())
                .as("not in zonky's default, world-writable folder")
                .contains("/pg-bin/")
                .doesNotStartWith(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg")
                        .toString());
        Path binaries = binary;
        while (!binaries.getFileName().toString().equals("pg-bin")) {
            binaries = binaries.getParent();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.getParent())))
                .as("the directory holding the binaries is private")
                .isEqualTo("rwx------");
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        server = start();
        try (Connection c = connect(server, server.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('cannoli')");
        }
        server.close();

        server = start();

        try (Connection c = connect(server, server.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("cannoli");
        }
    }

    @Test
    void refusesADataDirectoryOfAnotherMajorVersionInSeconds() throws Exception {
        server = start();
        server.close();
        server = null;
        Files.writeString(dataDir.resolve("pg/PG_VERSION"), "17\n");

        long started = System.nanoTime();
        assertThatThrownBy(this::start)
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("PostgreSQL 17")
                .hasMessageContaining("PostgreSQL " + EmbeddedPostgresServer.majorOfBinaries());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void refusesADataDirectoryInUseByAnotherCoro() throws Exception {
        server = start();

        EmbeddedPostgresServer second = new EmbeddedPostgresServer(dataDir, SETTINGS);
        assertThatThrownBy(second::start)
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("Another running Coro");

        // the first one still works
        try (Connection c = connect(server, server.password());
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
    }

    EmbeddedPostgresServer start() {
        EmbeddedPostgresServer started = new EmbeddedPostgresServer(dataDir, SETTINGS);
        started.start();
        return started;
    }

    static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), password);
    }
}
