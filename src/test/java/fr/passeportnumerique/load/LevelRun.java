package fr.passeportnumerique.load;

import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.e2e.AccessLogWindow;
import fr.passeportnumerique.e2e.ApplicationProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One level of the bench: Gatling brings the plan's learners in (in a thread of its own), the level settles, then
 * its window is measured; then the learners sign out and the heap they kept is weighed.
 */
final class LevelRun {

    private static final Duration SIGN_IN_PATIENCE = Duration.ofMinutes(3);
    private static volatile List<String> lastFailures = List.of();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final LoadPlan plan;
    private final LoadRun run;
    private final ApplicationProcess server;
    private final Optional<DatabaseProcess> database;
    private final AtomicInteger gatlingStatus = new AtomicInteger(-1);
    private final Thread gatling;

    LevelRun(LoadPlan plan, List<String> accounts, ApplicationProcess server, Optional<DatabaseProcess> database) {
        this.plan = plan;
        this.server = server;
        this.database = database;
        this.run = LoadRun.begin(plan, accounts, TestLearners.PASSWORD, RUNS.incrementAndGet());
        this.gatling = Thread.ofPlatform()
                .name("gatling-" + plan.learners())
                .start(() -> gatlingStatus.set(GatlingRun.run(plan.learners() + " learners", true)));
    }

    /** The failures kept by the last level measured. */
    static List<String> lastFailures() {
        return lastFailures;
    }

    /**
     * A few learners going quickly round for a while, so that classes are loaded, caches filled and the hot code
     * compiled, as in a server that has been running for some time.
     */
    static void warmUp(String baseUrl, List<String> accounts, List<Visit> visits, Duration time)
            throws InterruptedException {
        LoadPlan plan =
                new LoadPlan(baseUrl, accounts.size(), accounts.size(), ThinkTime.FAST, visits, 0, time.plusMinutes(5));
        LoadRun run = LoadRun.begin(plan, accounts, TestLearners.PASSWORD, RUNS.incrementAndGet());
        Thread gatling = Thread.ofPlatform().name("gatling-warm-up").start(() -> GatlingRun.run("warm-up", false));
        Thread.sleep(time.toMillis());
        run.stop();
        gatling.join();
        if (!run.tally().failures().isEmpty()) {
            throw new IllegalStateException(
                    "The warm-up learners failed: " + run.tally().failures());
        }
    }

    LevelFigures measure(Duration window, Duration subWindow) throws Exception {
        try {
            awaitSignIns();
            int signedIn = run.tally().signedIn();
            Thread.sleep(plan.thinkTime().maxMillis() * 2);
            AccessLogWindow log = AccessLogWindow.open(server.accessLog());
            LoadTally.Counts before = run.tally().counts();
            long serverCpu = server.cpuTime().toNanos();
            long databaseCpu = databaseCpu();
            long generatorCpu = generatorCpu();
            long start = System.nanoTime();
            double[] perMove = cpuPerMoveBySubWindow(window, subWindow);
            long elapsed = System.nanoTime() - start;
            long serverUsed = server.cpuTime().toNanos() - serverCpu;
            long databaseUsed = databaseCpu() - databaseCpu;
            long generatorUsed = generatorCpu() - generatorCpu;
            LoadTally.Counts done = run.tally().counts().minus(before);
            var logged = log.requests();
            long withSessions = server.heapUsedAfterFullGc();
            stopAndWait();
            long withoutSessions = server.heapUsedAfterFullGc();
            lastFailures = run.tally().failures();
            return new LevelFigures(
                    plan.learners(),
                    signedIn,
                    elapsed,
                    done,
                    logged,
                    serverUsed,
                    databaseUsed,
                    generatorUsed,
                    LevelFigures.median(perMove),
                    run.tally().counts().failures(),
                    gatlingStatus.get(),
                    (withSessions - withoutSessions) / 1024.0 / signedIn);
        } finally {
            stopAndWait();
        }
    }

    /** Until every learner has signed in or failed: a level whose learners could not all sign in is still measured. */
    private void awaitSignIns() throws InterruptedException {
        long deadline = System.nanoTime() + plan.ramp().plus(SIGN_IN_PATIENCE).toNanos();
        while (run.tally().signedIn() + run.tally().counts().failures() < plan.learners()) {
            if (System.nanoTime() > deadline || !gatling.isAlive()) {
                throw new IllegalStateException(run.tally().signedIn() + " of " + plan.learners()
                        + " learners signed in; failures: " + run.tally().failures());
            }
            Thread.sleep(200);
        }
    }

    /** The server's CPU per move in each sub-window, to tell the typical move from the mean. */
    private double[] cpuPerMoveBySubWindow(Duration window, Duration subWindow) throws InterruptedException {
        List<Double> perMove = new ArrayList<>();
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            long cpu = server.cpuTime().toNanos();
            long moves = run.tally().counts().moves();
            Thread.sleep(Math.min(subWindow.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long moved = run.tally().counts().moves() - moves;
            if (moved > 0) {
                perMove.add((server.cpuTime().toNanos() - cpu) / 1e6 / moved);
            }
        }
        return perMove.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private long databaseCpu() {
        return database.map(db -> db.cpuTime().toNanos()).orElse(0L);
    }

    /** This JVM's CPU: Gatling's learners, with what little the test's own application does meanwhile. */
    private static long generatorCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private void stopAndWait() throws InterruptedException {
        run.stop();
        gatling.join();
    }
}
