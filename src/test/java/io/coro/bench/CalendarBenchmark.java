package io.coro.bench;

import io.coro.CoroApplication;
import io.coro.shared.database.EmbeddedPostgresServer;
import io.coro.strategy.StrategyDocument;
import io.coro.strategy.internal.StrategyVersions;
import io.coro.support.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The calendar's month view over a workspace of 5,000 items (spread over a year, so a month holds about 420), next to
 * another workspace of the same size, on the real application and the embedded PostgreSQL: the events of a month as
 * the calendar asks for them (unfiltered and filtered by pillar), and the calendar page. Measured over HTTP on
 * loopback, so the figures include the client's share. Run with {@code bench/calendar.sh}; figures go to docs/plan.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class CalendarBenchmark {

    static final int ITEMS = 5_000;
    static final int MEMBERS = 20;
    static final String PASSWORD = "benchmark password";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String[] STATUSES = {"IDEA", "DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED", "CANCELLED"};

    ConfigurableApplicationContext context;
    BenchSession session;
    UUID pillar;
    int next;
    List<String> months = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() throws Exception {
        EmbeddedPostgresServer pg = TestDatabase.server();
        String database = "coro_bench_plan_" + ProcessHandle.current().pid();
        try (var c = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + pg.port() + "/postgres", pg.username(), pg.password());
                var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
        context = new SpringApplication(CoroApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + pg.port() + "/" + database,
                        "--spring.datasource.username=" + pg.username(),
                        "--spring.datasource.password=" + pg.password(),
                        "--coro.data-dir=target/bench-data",
                        "--logging.level.root=WARN");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        StrategyVersions strategies = context.getBean(StrategyVersions.class);
        String email = generate(jdbc, encoder, strategies, "Bench");
        generate(jdbc, encoder, strategies, "Neighbour");
        jdbc.execute("ANALYZE");
        session = new BenchSession(
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port"), email, PASSWORD);
        YearMonth first = YearMonth.now(ROME).minusMonths(5);
        for (int m = 0; m < 12; m++) {
            months.add(first.plusMonths(m).toString());
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** A month grid as FullCalendar asks for it: six weeks from the Monday before the 1st. */
    String range() {
        YearMonth month = YearMonth.parse(months.get(next++ % months.size()));
        LocalDate start =
                month.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return "start=" + start + "T00:00:00Z&end=" + start.plusDays(42) + "T00:00:00Z";
    }

    @Benchmark
    public int monthEvents() throws Exception {
        return session.get("/plan/events?" + range());
    }

    @Benchmark
    public int monthEventsOfOnePillar() throws Exception {
        return session.get("/plan/events?" + range() + "&pillar=" + pillar);
    }

    @Benchmark
    public int calendarPage() throws Exception {
        return session.get("/plan");
    }

    /** A workspace with 20 members, 4 pillars and 5,000 items over the year around today. Returns a coordinator. */
    private String generate(JdbcTemplate jdbc, PasswordEncoder encoder, StrategyVersions strategies, String name) {
        Random random = new Random(name.hashCode());
        UUID workspace = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO workspace (id, name, locale, time_zone, created_at) VALUES (?, ?, 'it', 'Europe/Rome', ?)",
                workspace,
                name,
                now);
        String hash = encoder.encode(PASSWORD);
        List<UUID> people = new ArrayList<>();
        String coordinator = null;
        for (int m = 0; m < MEMBERS; m++) {
            UUID user = UUID.randomUUID();
            String email = "plan-" + m + "-" + workspace.toString().substring(0, 8) + "@bench.example";
            if (m == 0) {
                coordinator = email;
            }
            jdbc.update(
                    "INSERT INTO app_user (id, email, display_name, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    user,
                    email,
                    "Person " + m,
                    hash,
                    now,
                    now);
            jdbc.update(
                    "INSERT INTO membership (workspace_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)",
                    workspace,
                    user,
                    m == 0 ? "COORDINATOR" : "MEMBER",
                    now);
            people.add(user);
        }
        List<StrategyDocument.Pillar> pillars = new ArrayList<>();
        String[] colours = {"#c2410c", "#15803d", "#1d4ed8", "#a21caf"};
        for (int p = 0; p < 4; p++) {
            pillars.add(new StrategyDocument.Pillar(
                    UUID.randomUUID(), "Pillar " + p, "", 25, List.of(), List.of(), colours[p]));
        }
        if ("Bench".equals(name)) {
            pillar = pillars.get(0).id();
        }
        strategies.save(
                workspace,
                new StrategyDocument(
                        List.of(),
                        List.of(
                                new StrategyDocument.ChannelRole("Instagram", ""),
                                new StrategyDocument.ChannelRole("Facebook", "")),
                        pillars,
                        StrategyDocument.ToneOfVoice.empty(),
                        ""),
                "bench",
                people.get(0));
        Instant from =
                YearMonth.now(ROME).minusMonths(5).atDay(1).atStartOfDay(ROME).toInstant();
        long span = 365L * 24 * 3600;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Instant at = from.plusSeconds((long) (random.nextDouble() * span) / 900 * 900);
            rows.add(new Object[] {
                UUID.randomUUID(),
                workspace,
                "Post " + i + " about something worth saying",
                STATUSES[random.nextInt(STATUSES.length)],
                Timestamp.from(at),
                random.nextBoolean() ? "{Instagram}" : "{Instagram,Facebook}",
                pillars.get(random.nextInt(4)).id(),
                people.get(random.nextInt(MEMBERS)),
                people.get(0),
                now,
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO plan_item (id, workspace_id, title, status, planned_at, channels, pillar_id, assignee_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?)",
                rows);
        return coordinator;
    }
}
