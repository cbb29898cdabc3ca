package io.coro.bench;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import io.coro.CoroApplication;
import io.coro.publishing.PublishingFixture;
import io.coro.publishing.PublishingFixture.Shop;
import io.coro.publishing.internal.PublishTasks;
import io.coro.shared.database.CoroDataProperties;
import io.coro.shared.jobs.JobsProperties;
import io.coro.support.FakeNetwork;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast one Coro node publishes, and how late posts go out when many are due in the same minute: the real
 * application on its own embedded PostgreSQL (a fresh data directory under target/), the real dispatcher, ledger and
 * db-scheduler, and the in-process network answering after 20 ms. Three rounds, each in a workspace of its own:
 *
 * <ol>
 *   <li>warm-up: 1,000 posts due at once (not reported);
 *   <li>throughput: 10,000 posts due at the same instant, so the node works flat out until all are out;
 *   <li>lateness: 10,000 posts due within one minute (spread evenly), the first half a minute after seeding ends.
 * </ol>
 *
 * <p>Items are written straight into {@code plan_item} as SCHEDULED (10,000 through the plan's services would take
 * minutes) and each gets the db-scheduler execution {@code PublishingListener} gives a scheduled item
 * ({@code PublishTask.instance}, at the item's time), in one batch. Every figure is read back from the ledger:
 * lateness is {@code publication.published_at − planned_at}. Run with {@code bench/publishing.sh}; arguments are passed
 * to Coro (e.g. {@code --coro.jobs.threads=32}). Figures go to docs/publishing-performance.md.
 */
public final class PublishingBenchmark {

    static final int WARM_UP = Integer.getInteger("bench.warm-up", 1_000);
    static final int BURST = Integer.getInteger("bench.burst", 10_000);
    static final int MINUTE = Integer.getInteger("bench.minute", 10_000);
    static final Duration LATENCY = Duration.ofMillis(20);
    static final Duration SEED_GAP = Duration.ofSeconds(30);
    static final Duration STALL = Duration.ofMinutes(2);
    static final int CORES = Runtime.getRuntime().availableProcessors();
    static final Path DATA = Path.of("target", "bench-publishing").toAbsolutePath();

    private final JdbcTemplate jdbc;
    private final PublishingFixture fixture;
    private final SchedulerClient scheduler;
    private int rounds;

    private PublishingBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.fixture = context.getBean(PublishingFixture.class);
        this.scheduler = context.getBean(SchedulerClient.class);
    }

    public static void main(String[] args) throws Exception {
        Path data = DATA;
        deleteTree(data);
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--coro.data-dir=" + data));
        settings.addAll(Arrays.asList(args));
        ConfigurableApplicationContext context =
                new SpringApplication(CoroApplication.class).run(settings.toArray(String[]::new));
        int status = 0;
        try {
            JobsProperties jobs = context.getBean(JobsProperties.class);
            CoroDataProperties db = context.getBean(CoroDataProperties.class);
            System.out.printf(
                    "%nCoro publishing benchmark: %d processors (nproc), %s %s, %s; network latency %d ms%n"
                            + "coro.jobs.threads=%d, coro.jobs.polling-interval=%s, coro.embedded-db.pool-size=%d%s%n%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"),
                    System.getProperty("java.version"),
                    System.getProperty("os.arch"),
                    LATENCY.toMillis(),
                    jobs.threads(),
                    jobs.pollingInterval(),
                    db.embeddedDb().poolSize(),
                    args.length == 0 ? "" : " " + String.join(" ", args));
            context.getBean(FakeNetwork.class).latency(LATENCY);
            PublishingBenchmark bench = new PublishingBenchmark(context);
            bench.round("warm-up", WARM_UP, Duration.ZERO);
            List<Round> rounds = new ArrayList<>();
            if (BURST > 0) {
                rounds.add(bench.round("throughput", BURST, Duration.ZERO));
            }
            if (MINUTE > 0) {
                rounds.add(bench.round("lateness", MINUTE, Duration.ofMinutes(1)));
            }
            System.out.println();
            for (Round round : rounds) {
                System.out.println(round.report());
                if (!round.ok()) {
                    status = 1;
                }
            }
        } finally {
            context.close();
        }
        System.exit(status);
    }

    /** Seeds n items due within {@code spread} from half a minute on, waits until all are out, reads the ledger. */
    private Round round(String name, int n, Duration spread) throws Exception {
        Shop shop = fixture.shop("Bench " + name + " " + ++rounds);
        UUID workspace = shop.bakery().workspaceId();
        List<UUID> items = seed(shop, n);
        Instant start = Instant.now().plus(name.equals("warm-up") ? Duration.ofSeconds(5) : SEED_GAP);
        List<Object[]> times = new ArrayList<>(n);
        List<SchedulableInstance<?>> executions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = start.plusNanos(spread.toNanos() * i / n);
            times.add(new Object[] {Timestamp.from(at), items.get(i)});
            executions.add(PublishTasks.at(workspace, items.get(i), at));
        }
        jdbc.batchUpdate("UPDATE plan_item SET planned_at = ? WHERE id = ?", times);
        scheduler.scheduleBatch(executions);
        Duration ahead = Duration.between(Instant.now(), start);
        System.out.printf(
                "%s: %,d items seeded; the first is due in %.1f s, the last %d s later%n",
                name, n, ahead.toMillis() / 1000.0, spread.toSeconds());

        // measured from the first due time: the wait before it is not work
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis()));
        Usage before = Usage.now(jdbc);
        long published = 0;
        long failed = 0;
        Instant progressed = Instant.now();
        // gives up when nothing moved for two minutes (a broken dispatcher), not after a fixed time
        while (published + failed < n && Instant.now().isBefore(progressed.plus(STALL))) {
            Thread.sleep(500);
            long done = published + failed;
            published =
                    count("SELECT count(*) FROM plan_item WHERE workspace_id = ? AND status = 'PUBLISHED'", workspace);
            failed = count("SELECT count(*) FROM plan_item WHERE workspace_id = ? AND status = 'FAILED'", workspace);
            if (published + failed > done) {
                progressed = Instant.now();
            }
        }
        Usage after = Usage.now(jdbc);
        return measure(name, n, workspace, published, failed, start, after.minus(before));
    }

    /** n scheduled items for the shop's "Bluesky", written as the plan stores them, in batches. */
    private List<UUID> seed(Shop shop, int n) {
        UUID workspace = shop.bakery().workspaceId();
        UUID member = shop.bakery().member().userId();
        UUID coordinator = shop.bakery().coordinator().userId();
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        List<UUID> items = new ArrayList<>(n);
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            items.add(id);
            rows.add(new Object[] {
                id,
                workspace,
                "Post " + i,
                "Sfornata n. " + i + " 🥐",
                later,
                shop.bakery().pillarId(),
                member,
                coordinator,
                now,
                member,
                now,
                now
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO plan_item (id, workspace_id, title, body, status, planned_at, channels, pillar_id,
                                       assignee_id, approved_by, approved_at, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'SCHEDULED', ?, '{Bluesky}', ?, ?, ?, ?, ?, ?, ?)""", rows);
        return items;
    }

    private Round measure(String name, int n, UUID workspace, long published, long failed, Instant start, Usage usage) {
        // lateness of each post: from its planned time to the network's answer recorded in the ledger
        List<Double> late = jdbc.queryForList("""
                SELECT extract(epoch FROM published_at - planned_at) FROM publication
                 WHERE workspace_id = ? AND state = 'PUBLISHED' ORDER BY 1""", Double.class, workspace);
        List<Double> startLate = jdbc.queryForList("""
                SELECT extract(epoch FROM min(a.started_at) - p.planned_at)
                  FROM publication p JOIN publication_attempt a ON a.publication_id = p.id
                 WHERE p.workspace_id = ? GROUP BY p.id, p.planned_at ORDER BY 1""", Double.class, workspace);
        long sends = count("""
                SELECT count(*) FROM publication_attempt a JOIN publication p ON p.id = a.publication_id
                 WHERE p.workspace_id = ? AND a.action = 'SEND'""", workspace);
        // the busiest second, and the steady rate between the 10th and the 90th percentile of publications
        long busiest = count("""
                SELECT coalesce(max(c), 0) FROM (SELECT count(*) AS c FROM publication
                 WHERE workspace_id = ? AND state = 'PUBLISHED' GROUP BY date_trunc('second', published_at)) s""", workspace);
        List<Timestamp> done = jdbc.queryForList(
                "SELECT published_at FROM publication WHERE workspace_id = ? AND state = 'PUBLISHED' ORDER BY 1",
                Timestamp.class,
                workspace);
        double span = done.isEmpty()
                ? 0
                : Duration.between(start, done.get(done.size() - 1).toInstant()).toMillis() / 1000.0;
        double steady = 0;
        if (done.size() >= 10) {
            int from = done.size() / 10;
            int to = done.size() * 9 / 10;
            double seconds =
                    Duration.between(done.get(from).toInstant(), done.get(to).toInstant())
                                    .toMillis()
                            / 1000.0;
            steady = seconds > 0 ? (to - from) / seconds : 0;
        }
        return new Round(
                name, n, published, failed, sends, span, steady, busiest, Stats.of(late), Stats.of(startLate), usage);
    }

    private long count(String sql, UUID workspace) {
        Long value = jdbc.queryForObject(sql, Long.class, workspace);
        return value == null ? 0 : value;
    }

    record Stats(double p50, double p95, double p99, double max) {
        static Stats of(List<Double> sorted) {
            if (sorted.isEmpty()) {
                return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Stats(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        }

        private static double at(List<Double> sorted, double p) {
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }

        String text() {
            return String.format(Locale.ROOT, "p50 %.3f s, p95 %.3f s, p99 %.3f s, max %.3f s", p50, p95, p99, max);
        }
    }

    /**
     * What the machine did during a round: CPU time of the whole machine (every process, so other work on it shows),
     * of Coro's JVM and of its embedded PostgreSQL (the JVM's descendants), and the database's commits.
     */
    record Usage(double wall, double machineBusy, double jvmCpu, double postgresCpu, long commits) {

        static final double TICKS = 100.0; // USER_HZ of /proc

        static Usage now(JdbcTemplate jdbc) throws IOException {
            Long commits = jdbc.queryForObject(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", Long.class);
            double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1e9;
            double postgres = postgres().mapToLong(p -> ticks(p.pid())).sum() / TICKS;
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new Usage(
                    System.nanoTime() / 1e9, (total - idle) / TICKS, jvm, postgres, commits == null ? 0 : commits);
        }

        /** The embedded PostgreSQL's processes: pg_ctl detaches the server, so they are found by its pid file. */
        private static Stream<ProcessHandle> postgres() throws IOException {
            long pid = Long.parseLong(Files.readAllLines(DATA.resolve("pg").resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            return ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
        }

        /** User and system CPU ticks of a process (and of its children that ended), from /proc/PID/stat. */
        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17
                return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }

        Usage minus(Usage before) {
            return new Usage(
                    wall - before.wall,
                    machineBusy - before.machineBusy,
                    jvmCpu - before.jvmCpu,
                    postgresCpu - before.postgresCpu,
                    commits - before.commits);
        }
    }

    record Round(
            String name,
            int n,
            long published,
            long failed,
            long sends,
            double span,
            double steady,
            long busiest,
            Stats lateness,
            Stats startLateness,
            Usage usage) {

        boolean ok() {
            return published == n && sends == n;
        }

        String report() {
            double share = usage.wall() > 0 ? 100 * usage.machineBusy() / (CORES * usage.wall()) : 0;
            return String.format(
                    Locale.ROOT,
                    """
                    == %s: %,d items ==
                      published %,d, failed %d, sends %,d (one per item: %s)
                      throughput: %.0f posts/s over the round (%,d in %.1f s from the first due time), \
                    %.0f/s steady (10th to 90th percentile), %d in the busiest second
                      lateness (published_at - planned_at): %s
                      send started after planned time:      %s
                      CPU per post: Coro's JVM %.2f ms, its PostgreSQL %.2f ms; %.1f database commits per post
                      machine: %.0f %% of %d cores busy while the posts went out (%.1f s; all processes, other work \
                    included: %.0f %% is Coro's)
                    """,
                    name,
                    n,
                    published,
                    failed,
                    sends,
                    sends == n ? "yes" : "NO",
                    span > 0 ? published / span : 0,
                    published,
                    span,
                    steady,
                    busiest,
                    lateness.text(),
                    startLateness.text(),
                    published > 0 ? 1000 * usage.jvmCpu() / published : 0,
                    published > 0 ? 1000 * usage.postgresCpu() / published : 0,
                    published > 0 ? (double) usage.commits() / published : 0,
                    share,
                    CORES,
                    usage.wall(),
                    usage.machineBusy() > 0 ? 100 * (usage.jvmCpu() + usage.postgresCpu()) / usage.machineBusy() : 0);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
