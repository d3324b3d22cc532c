package fr.passeportnumerique.e2e;

import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Learners in real Chromium windows on this machine, raised level by level (10, 20, 40... learners), each level
 * held for a measuring window. The server is the application in a JVM of its own (production mode, 2 GB of heap,
 * on this test's database), so that its CPU and heap are its own and not the browsers' drivers'. For each level:
 * the server round-trips of the Vaadin protocol (p50, p95, p99), the errors, the server's CPU per learner move and
 * per round-trip, and the heap retained per session (Vaadin's method: full collections, heap growth over the
 * sessions open). The level held is the highest with no error and a p95 under 150 ms. Bounded: only localhost, at
 * most the listed levels, each for the window's length; a level that misses the goal ends the run.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=LearnerLoadBench [-Dbench.levels=10,20,40]
 * [-Dbench.windowSeconds=60] [-Dbench.thinkMillis=3000]}
 */
@IntegrationTest
class LearnerLoadBench {

    private static final double GOAL_P95_MILLIS = 150;
    private static final int LEARNERS_PER_WORKER = 5;
    private static final int WARM_UP_LEARNERS = 4;

    private final int[] levels = Arrays.stream(
                    System.getProperty("bench.levels", "10,20,40,60").split(","))
            .mapToInt(level -> Integer.parseInt(level.strip()))
            .toArray();
    private final Duration window = Duration.ofSeconds(Long.getLong("bench.windowSeconds", 60));
    private final long thinkMillis = Long.getLong("bench.thinkMillis", 3000);

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    DataSource dataSource;

    private int port;

    @Test
    void learners_held_on_this_machine() throws Exception {
        int most = Arrays.stream(levels).max().orElseThrow();
        Queue<String> freeAccounts = new ConcurrentLinkedQueue<>();
        IntStream.range(0, most + WARM_UP_LEARNERS)
                .forEach(i -> freeAccounts.add(TestLearners.register(accounts, "charge" + i)));
        List<VirtualLearner.Visit> visits = visits();
        LoadRecorder recorder = new LoadRecorder();
        BenchReport report = new BenchReport("learner-load")
                .line(
                        "Learners think %d ms on average between moves; each level is measured for %d s after all its"
                                + " learners have signed in",
                        thinkMillis, window.toSeconds())
                .line("| learners | moves/s | round-trips | in the server p50 / p95 / p99 | seen by the browser p50 /"
                        + " p95 / p99 | errors | server CPU per move | per round-trip | CPU used | heap per session:"
                        + " all | added |")
                .line("|---|---|---|---|---|---|---|---|---|---|---|");

        List<LoadWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int held = 0;
        try (ApplicationProcess server = startServer()) {
            port = server.port();
            warmUp(freeAccounts, visits);
            long baseline = server.heapUsedAfterFullGc();
            long previousHeap = baseline;
            long lastHeap = baseline;
            int sessions = 0;
            int previousLevel = 0;
            try {
                for (int level : levels) {
                    raise(level, workers, threads, freeAccounts, visits, recorder);
                    waitForLearners(workers, level);
                    Thread.sleep(Math.min(10_000, 3 * thinkMillis));
                    Level measured = measure(level, recorder, server);
                    long heap = server.heapUsedAfterFullGc();
                    // Growth over all sessions includes what the first learners warmed up; growth from the level
                    // before is what each added session costs.
                    report.line(
                            "%s",
                            measured.row(
                                    (heap - baseline) / 1024.0 / level,
                                    (heap - previousHeap) / 1024.0 / (level - previousLevel)));
                    previousHeap = heap;
                    previousLevel = level;
                    lastHeap = heap;
                    sessions = level;
                    if (measured.errors() > 0 || measured.p95() >= GOAL_P95_MILLIS) {
                        recorder.errors().forEach(error -> report.line("  error: %s", error));
                        break;
                    }
                    held = level;
                }
            } finally {
                workers.forEach(LoadWorker::signOutAndStop);
                for (Thread thread : threads) {
                    thread.join(120_000);
                }
            }
            // Vaadin's method on the same server, all else equal: the heap with the learners' sessions, and without
            // them once they have signed out and closed their windows.
            long withoutSessions = server.heapUsedAfterFullGc();
            report.line(
                    "Heap retained per learner session, from %d sessions signed out: %.0f KB",
                    sessions, (lastHeap - withoutSessions) / 1024.0 / sessions);
            if (Boolean.getBoolean("bench.profile")) {
                server.dumpFlightRecording(Path.of("target", "bench", "learner-load-server", "server.jfr"));
            }
            report.line("Held with no error and p95 under %.0f ms: %d learners", GOAL_P95_MILLIS, held)
                    .line("Server heap after full GC before the learners: %.1f MB", baseline / 1e6)
                    .save();
        }
    }

    /** The application as production runs it, on this test's database (where the learners were registered). */
    private ApplicationProcess startServer() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "bench", "learner-load-server"));
        return ApplicationProcess.startInProductionMode(
                folder,
                ((HikariDataSource) dataSource).getJdbcUrl(),
                jvmOptions(folder),
                // Every simulated learner comes from 127.0.0.1: no per-address limit on new sessions here.
                List.of("--passeport.sessions.new-per-client-per-minute=1000000"));
    }

    private List<VirtualLearner.Visit> visits() {
        List<VirtualLearner.Visit> visits = new ArrayList<>();
        List<ModuleSummary> modules = curriculum.modules();
        for (int i = 0; i < modules.size(); i++) {
            String module = modules.get(i).slug();
            List<LessonSummary> lessons =
                    curriculum.module(module).orElseThrow().lessons();
            visits.add(new VirtualLearner.Visit(
                    module,
                    lessons.get(i % lessons.size()).slug(),
                    ManagerQueries.TYPED.get(i % ManagerQueries.TYPED.size())));
        }
        return visits;
    }

    /**
     * A few learners go quickly round the scenario for a minute first, so that classes are loaded, caches filled and
     * the hot code compiled, as in a server that has been running for a while.
     */
    private void warmUp(Queue<String> freeAccounts, List<VirtualLearner.Visit> visits) throws InterruptedException {
        LoadRecorder ignored = new LoadRecorder();
        Queue<String> few = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < WARM_UP_LEARNERS; i++) {
            few.add(freeAccounts.remove());
        }
        LoadWorker worker = new LoadWorker(port, few, TestLearners.PASSWORD, visits, ignored, 300);
        Thread thread = Thread.ofPlatform().name("load-worker-warm-up").start(worker);
        worker.raiseTo(WARM_UP_LEARNERS);
        Thread.sleep(60_000);
        worker.stop();
        thread.join(60_000);
        if (ignored.errorCount() > 0) {
            throw new IllegalStateException("The warm-up learner met errors: " + ignored.errors());
        }
    }

    private void raise(
            int level,
            List<LoadWorker> workers,
            List<Thread> threads,
            Queue<String> freeAccounts,
            List<VirtualLearner.Visit> visits,
            LoadRecorder recorder) {
        int needed = (level + LEARNERS_PER_WORKER - 1) / LEARNERS_PER_WORKER;
        while (workers.size() < needed) {
            LoadWorker worker =
                    new LoadWorker(port, freeAccounts, TestLearners.PASSWORD, visits, recorder, thinkMillis);
            workers.add(worker);
            threads.add(
                    Thread.ofPlatform().name("load-worker-" + workers.size()).start(worker));
        }
        int share = level / workers.size();
        for (int i = 0; i < workers.size(); i++) {
            workers.get(i).raiseTo(share + (i < level % workers.size() ? 1 : 0));
        }
    }

    private static void waitForLearners(List<LoadWorker> workers, int level) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (workers.stream().mapToInt(LoadWorker::learners).sum() < level) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The learners had not all signed in after 3 minutes");
            }
            Thread.sleep(200);
        }
    }

    /** With {@code -Dbench.profile=true}, the server records a Flight Recorder profile beside its log. */
    private static List<String> jvmOptions(Path folder) {
        List<String> options = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseG1GC"));
        if (Boolean.getBoolean("bench.profile")) {
            options.add("-XX:StartFlightRecording=settings=profile");
        }
        return options;
    }

    private Level measure(int level, LoadRecorder recorder, ApplicationProcess server) throws Exception {
        AccessLogWindow serverLog = AccessLogWindow.open(server.accessLog());
        recorder.start();
        Duration cpuBefore = server.cpuTime();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        long cpuUsed = server.cpuTime().minus(cpuBefore).toNanos();
        long elapsed = System.nanoTime() - start;
        recorder.stop();
        return new Level(
                level,
                BenchReport.sorted(recorder.roundTrips()),
                BenchReport.sorted(serverLog.close()),
                recorder.actions().size(),
                recorder.errorCount(),
                cpuUsed,
                elapsed);
    }

    /** One level's figures; latencies in microseconds, CPU and time in nanoseconds. */
    private record Level(
            int learners,
            long[] roundTrips,
            long[] serverTimes,
            int moves,
            long errors,
            long serverCpuNanos,
            long elapsedNanos) {

        /** The goal is on the server's share of a round-trip: here the browsers share its two cores. */
        double p95() {
            return BenchReport.percentile(serverTimes, 0.95) / 1000;
        }

        String row(double retainedKbPerSession, double addedKbPerSession) {
            double seconds = elapsedNanos / 1e9;
            double cpuMillis = serverCpuNanos / 1e6;
            return String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %d | %.1f / %.1f / %.1f ms | %.1f / %.1f / %.1f ms | %d | %.1f ms | %.2f ms |"
                            + " %.0f %% of one core | %.0f KB | %.0f KB |",
                    learners,
                    moves / seconds,
                    roundTrips.length,
                    BenchReport.percentile(serverTimes, 0.50) / 1000,
                    p95(),
                    BenchReport.percentile(serverTimes, 0.99) / 1000,
                    BenchReport.percentile(roundTrips, 0.50) / 1000,
                    BenchReport.percentile(roundTrips, 0.95) / 1000,
                    BenchReport.percentile(roundTrips, 0.99) / 1000,
                    errors,
                    moves == 0 ? Double.NaN : cpuMillis / moves,
                    roundTrips.length == 0 ? Double.NaN : cpuMillis / roundTrips.length,
                    cpuMillis / 10 / seconds,
                    retainedKbPerSession,
                    addedKbPerSession);
        }
    }
}
