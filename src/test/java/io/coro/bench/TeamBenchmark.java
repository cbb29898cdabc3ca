package io.coro.bench;

import io.coro.CoroApplication;
import io.coro.shared.database.EmbeddedPostgresServer;
import io.coro.support.TestDatabase;
import io.coro.team.Team;
import java.sql.Timestamp;
import java.time.Instant;
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
 * "Who can answer this?" and the inventory page over a workspace of 500 members and 200 competences, on the real
 * application and the embedded PostgreSQL. Run with {@code bench/team.sh}; the figures go to docs/team.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class TeamBenchmark {

    static final int MEMBERS = 500;
    static final int SKILLS = 200;
    static final String PASSWORD = "benchmark password";

    static final String[] QUESTIONS = {
        "Il pagamento con carta sul sito non funziona",
        "My order arrived late and the cake was broken, I want a refund",
        "Quali ingredienti ci sono nella torta al pistacchio?",
        "Can you deliver to our hotel tomorrow morning?",
        "Vorremmo organizzare una festa di compleanno per sabato",
        "Do you make wedding cakes with sugar paste?",
        "Posso avere il listino per il catering aziendale?",
        "Who took the photo in yesterday's post?",
        "Siete aperti domenica pomeriggio?",
        "C'è una linea senza glutine per celiaci?"
    };

    ConfigurableApplicationContext context;
    Team team;
    JdbcTemplate jdbc;
    UUID workspace;
    BenchSession session;
    int next;

    @Setup(Level.Trial)
    public void start() throws Exception {
        EmbeddedPostgresServer pg = TestDatabase.server();
        String database = "coro_bench_" + ProcessHandle.current().pid();
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
        team = context.getBean(Team.class);
        jdbc = context.getBean(JdbcTemplate.class);
        String email = generate(context.getBean(JdbcTemplate.class), context.getBean(PasswordEncoder.class));
        session = new BenchSession(
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port"), email, PASSWORD);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Object whoCanAnswer() {
        return team.whoCanAnswer(workspace, QUESTIONS[next++ % QUESTIONS.length], 5);
    }

    /** The first search after a change of the team: the in-memory snapshot is reloaded from the database. */
    @Benchmark
    public Object whoCanAnswerAfterATeamChange() {
        jdbc.update("UPDATE team_version SET version = version + 1 WHERE workspace_id = ?", workspace);
        return team.whoCanAnswer(workspace, QUESTIONS[next++ % QUESTIONS.length], 5);
    }

    @Benchmark
    public int inventoryPage() throws Exception {
        return session.get("/team/inventory");
    }

    /** 500 members, 200 competences with keywords, about 12 levels each, areas, some absences. Returns a coordinator. */
    private String generate(JdbcTemplate jdbc, PasswordEncoder encoder) {
        Random random = new Random(42);
        workspace = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO workspace (id, name, locale, time_zone, created_at) VALUES (?, 'Bench', 'it', 'Europe/Rome', ?)",
                workspace,
                now);
        String[] words =
                ("torta pistacchio consegna ordine pagamento carta sito rimborso reclamo festa compleanno matrimonio "
                                + "catering listino foto video glutine celiaci orari domenica hotel turisti ingredienti zucchero cake wedding "
                                + "delivery refund broken payment website photo post birthday party hours sunday gluten sugar paste order")
                        .split(" ");
        List<UUID> skills = new ArrayList<>();
        List<Object[]> competenceRows = new ArrayList<>();
        for (int s = 0; s < SKILLS; s++) {
            UUID id = UUID.randomUUID();
            skills.add(id);
            String keywords = words[random.nextInt(words.length)] + ", " + words[random.nextInt(words.length)] + " "
                    + words[random.nextInt(words.length)] + ", skill" + s;
            competenceRows.add(new Object[] {
                id, workspace, "skill-" + s, "Skill " + s, "Competenza " + s, keywords, keywords, s % 10 == 0, now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO competence (id, workspace_id, code, name_en, name_it, keywords_en, keywords_it, needed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                competenceRows);
        String hash = encoder.encode(PASSWORD);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        String coordinator = null;
        for (int m = 0; m < MEMBERS; m++) {
            UUID user = UUID.randomUUID();
            String email = "bench-" + m + "-" + workspace.toString().substring(0, 8) + "@bench.example";
            if (m == 0) {
                coordinator = email;
            }
            users.add(new Object[] {user, email, "Person " + m, hash, now, now});
            members.add(new Object[] {workspace, user, m == 0 ? "COORDINATOR" : "MEMBER", now});
            profiles.add(new Object[] {
                workspace,
                user,
                "Role " + (m % 7),
                random.nextBoolean() ? "it,en" : "it",
                5 + random.nextInt(20),
                random.nextInt(10),
                now
            });
            for (int k = 0; k < 12; k++) {
                levels.add(new Object[] {
                    workspace, user, skills.get(random.nextInt(SKILLS)), 1 + random.nextInt(5), "", now
                });
            }
            areas.add(new Object[] {workspace, user, words[random.nextInt(words.length)]});
        }
        jdbc.batchUpdate(
                "INSERT INTO app_user (id, email, display_name, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                users);
        jdbc.batchUpdate(
                "INSERT INTO membership (workspace_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)", members);
        jdbc.batchUpdate(
                "INSERT INTO team_profile (workspace_id, user_id, job_title, languages, weekly_capacity, open_items, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                profiles);
        jdbc.batchUpdate(
                "INSERT INTO member_competence (workspace_id, user_id, competence_id, level, evidence, assessed_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                levels);
        jdbc.batchUpdate(
                "INSERT INTO team_area (workspace_id, user_id, area) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", areas);
        jdbc.update(
                "INSERT INTO competence_level_history (workspace_id, user_id, competence_id, old_level, new_level, changed_at) SELECT workspace_id, user_id, competence_id, NULL, level, now() - (random() * interval '200 days') FROM member_competence WHERE workspace_id = ?",
                workspace);
        jdbc.update("INSERT INTO team_version (workspace_id, version) VALUES (?, 1)", workspace);
        return coordinator;
    }
}
