package fr.passeportnumerique.load;

import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.e2e.ApplicationProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Thousands of learners without a browser: Gatling's virtual learners speak Vaadin's protocol to the application in
 * a JVM of its own (production mode, 2 GB of heap, G1, on this test's database), level by level. Each level's
 * learners sign in at a bounded pace, settle, and are measured over a window: moves and round-trips per second, the
 * server-side times from Tomcat's access log, failed requests, the server's CPU per move and per round-trip, the
 * database's CPU beside it, then the heap each session kept (Vaadin's method: full collections with the sessions and
 * after they have signed out). The knee is the first level whose p95 reaches 150 ms. Bounded: localhost only, the
 * listed levels only, each for its window; a level that misses the goal ends the run unless all levels are asked for.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=ProtocolLoadBench [-Dload.levels=200,500,1000,2000]
 * [-Dload.windowSeconds=120] [-Dload.think=reading|fast] [-Dload.rampPerSecond=5] [-Dload.allLevels=true]
 * [-Dload.warmUpSeconds=60] [-Dload.serverHeap=2g]}
 */
@IntegrationTest
class ProtocolLoadBench {

    private static final double GOAL_P95_MILLIS = 150;
    private static final int WARM_UP_LEARNERS = 4;
    private static final Duration SUB_WINDOW = Duration.ofSeconds(10);

    private final int[] levels = Arrays.stream(
                    System.getProperty("load.levels", "200,500,1000,2000").split(","))
            .mapToInt(level -> Integer.parseInt(level.strip()))
            .toArray();
    private final Duration window = Duration.ofSeconds(Long.getLong("load.windowSeconds", 120));
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("load.warmUpSeconds", 60));
    private final double rampPerSecond =
            Math.min(20, Double.parseDouble(System.getProperty("load.rampPerSecond", "5")));
    private final boolean allLevels = Boolean.getBoolean("load.allLevels");
    /** The server's largest heap (a production node of the capacity model has 4 GB). */
    private final String serverHeap = System.getProperty("load.serverHeap", "2g");

    private final ThinkTime think = ThinkTime.fromSystemProperty();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    DataSource dataSource;

    @Test
    void learners_held_through_vaadins_protocol() throws Exception {
        int most = Arrays.stream(levels).max().orElseThrow();
        List<String> accounts = LoadLearners.create(jdbc, passwords, "charge", most + WARM_UP_LEARNERS);
        List<Visit> visits = Visit.all(curriculum);
        Optional<DatabaseProcess> database = DatabaseProcess.ofThisTest();
        BenchReport report = header(database);
        Integer knee = null;
        int held = 0;
        boolean missed = false;
        try (ApplicationProcess server = startServer()) {
            String baseUrl = server.baseUrl();
            LevelRun.warmUp(baseUrl, accounts.subList(most, accounts.size()), visits, warmUp);
            report.line("(server heap after full GC after the warm-up: %.1f MB)", server.heapUsedAfterFullGc() / 1e6);
            for (int level : levels) {
                LoadPlan plan = new LoadPlan(baseUrl, level, rampPerSecond, think, visits, 0, longest(level));
                LevelFigures figures =
                        new LevelRun(plan, accounts.subList(0, level), server, database).measure(window, SUB_WINDOW);
                report.line("%s", figures.row());
                if (knee == null && figures.p95Millis() >= GOAL_P95_MILLIS) {
                    knee = level;
                }
                if (!figures.meetsGoal(GOAL_P95_MILLIS)) {
                    missed = true;
                    LevelRun.lastFailures().forEach(failure -> report.line("  failed: %s", failure));
                    if (!allLevels) {
                        break;
                    }
                } else if (!missed) {
                    held = level;
                }
            }
        }
        report.line("Held with no failed request and p95 under %.0f ms: %d learners", GOAL_P95_MILLIS, held)
                .line(
                        "Knee (first level whose p95 reaches %.0f ms): %s",
                        GOAL_P95_MILLIS, knee == null ? "none reached" : knee + " learners")
                .save();
    }

    private BenchReport header(Optional<DatabaseProcess> database) {
        return new BenchReport("protocol-load")
                .line(
                        "Virtual learners through Vaadin's protocol (Gatling), reading %s a page, signing in at %.0f a"
                                + " second; each level measured over %d s once all its learners are in",
                        think, rampPerSecond, window.toSeconds())
                .line(
                        "Database CPU: %s",
                        database.map(db -> "MariaDB process " + db.pid()).orElse("not measured (external database)"))
                .line("%s", LevelFigures.HEADER);
    }

    /** Ramp, settling, window and sign-out, with room to spare: Gatling ends the run after this at the latest. */
    private Duration longest(int learners) {
        return Duration.ofSeconds((long) (learners / rampPerSecond) * 2)
                .plus(window)
                .plusMinutes(10);
    }

    /** The application as production runs it; each learner's own address comes through as from a load balancer. */
    private ApplicationProcess startServer() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "bench", "protocol-load-server"));
        return ApplicationProcess.startInProductionMode(
                folder,
                ((HikariDataSource) dataSource).getJdbcUrl(),
                List.of("-Xmx" + serverHeap, "-XX:+UseG1GC", "-XX:FlightRecorderOptions:stackdepth=512"),
                List.of("--server.forward-headers-strategy=native"));
    }
}
