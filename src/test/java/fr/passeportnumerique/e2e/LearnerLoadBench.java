package fr.passeportnumerique.e2e;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Learners in real Chromium windows on this machine, raised level by level (10, 20, 40... learners), each level
 * held for a measuring window. For each level: the server round-trips of the Vaadin protocol (p50, p95, p99), the
 * errors, the server's CPU per learner move and per round-trip, and the heap retained per session. The level held
 * is the highest with no error and a p95 under 150 ms. Bounded: only localhost, at most the listed levels, each for
 * the window's length; a level that misses the goal ends the run.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=LearnerLoadBench [-Dbench.levels=10,20,40]
 * [-Dbench.windowSeconds=60] [-Dbench.thinkMillis=3000]}
 */
@IntegrationTest
class LearnerLoadBench {

    private static final double GOAL_P95_MILLIS = 150;
    private static final int LEARNERS_PER_WORKER = 8;
    private static final List<String> QUERIES = List.of(
            "facture électronique",
            "mot de passe",
            "site internet",
            "rgpd",
            "sauvegarde",
            "réseaux sociaux",
            "prélèvement à la source",
            "paiement sans contact");

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

    @LocalServerPort
    int port;

    @Test
    void learners_held_on_this_machine() throws Exception {
        int most = Arrays.stream(levels).max().orElseThrow();
        Queue<String> freeAccounts = new ConcurrentLinkedQueue<>();
        IntStream.range(0, most + 1).forEach(i -> freeAccounts.add(TestLearners.register(accounts, "charge" + i)));
        List<VirtualLearner.Visit> visits = visits();
        LoadRecorder recorder = new LoadRecorder();
        BenchReport report = new BenchReport("learner-load")
                .line(
                        "Learners think %d ms on average between moves; each level is measured for %d s after all its"
                                + " learners have signed in",
                        thinkMillis, window.toSeconds())
                .line("| learners | moves/s | round-trips | p50 | p95 | p99 | page loads p95 | errors |"
                        + " server CPU per move | per round-trip | CPU used | heap retained per session |")
                .line("|---|---|---|---|---|---|---|---|---|---|---|---|");

        warmUp(freeAccounts, visits);
        long baseline = settledHeap();
        List<LoadWorker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int held = 0;
        try {
            for (int level : levels) {
                raise(level, workers, threads, freeAccounts, visits, recorder);
                waitForLearners(workers, level);
                Thread.sleep(Math.min(10_000, 3 * thinkMillis));
                Level measured = measure(level, recorder, threads);
                long heap = settledHeap();
                report.line("%s", measured.row((heap - baseline) / 1024.0 / level));
                if (measured.errors() > 0 || measured.p95() >= GOAL_P95_MILLIS) {
                    recorder.errors().forEach(error -> report.line("  error: %s", error));
                    break;
                }
                held = level;
            }
        } finally {
            workers.forEach(LoadWorker::stop);
            for (Thread thread : threads) {
                thread.join(60_000);
            }
        }
        report.line("Held with no error and p95 under %.0f ms: %d learners", GOAL_P95_MILLIS, held)
                .line("Heap after full GC before the learners: %.1f MB", baseline / 1e6)
                .save();
    }

    private List<VirtualLearner.Visit> visits() {
        List<VirtualLearner.Visit> visits = new ArrayList<>();
        List<ModuleSummary> modules = curriculum.modules();
        for (int i = 0; i < modules.size(); i++) {
            String module = modules.get(i).slug();
            List<LessonSummary> lessons =
                    curriculum.module(module).orElseThrow().lessons();
            visits.add(new VirtualLearner.Visit(
                    module, lessons.get(i % lessons.size()).slug(), QUERIES.get(i % QUERIES.size())));
        }
        return visits;
    }

    /** One learner goes twice round the scenario first, so that classes, caches and pools are loaded. */
    private void warmUp(Queue<String> freeAccounts, List<VirtualLearner.Visit> visits) throws InterruptedException {
        LoadRecorder ignored = new LoadRecorder();
        Queue<String> one = new ConcurrentLinkedQueue<>(List.of(freeAccounts.remove()));
        LoadWorker worker = new LoadWorker(port, one, TestLearners.PASSWORD, visits, ignored, 100);
        Thread thread = Thread.ofPlatform().name("load-worker-warm-up").start(worker);
        worker.raiseTo(1);
        Thread.sleep(20_000);
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

    private Level measure(int level, LoadRecorder recorder, List<Thread> harness) throws InterruptedException {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
        recorder.start();
        long cpuBefore = system.getProcessCpuTime() - harnessCpu(threadCpu, harness);
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        long cpuUsed = system.getProcessCpuTime() - harnessCpu(threadCpu, harness) - cpuBefore;
        long elapsed = System.nanoTime() - start;
        recorder.stop();
        return new Level(
                level,
                BenchReport.sorted(recorder.roundTrips()),
                BenchReport.sorted(recorder.pageLoads()),
                recorder.actions().size(),
                recorder.errorCount(),
                cpuUsed,
                elapsed);
    }

    /** The CPU of the threads that drive the browsers, which is the clients' and not the server's. */
    private static long harnessCpu(ThreadMXBean threads, List<Thread> harness) {
        return harness.stream()
                .mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.threadId())))
                .sum();
    }

    private static long settledHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** One level's figures; latencies in microseconds, CPU and time in nanoseconds. */
    private record Level(
            int learners,
            long[] roundTrips,
            long[] pageLoads,
            int moves,
            long errors,
            long serverCpuNanos,
            long elapsedNanos) {

        double p95() {
            return BenchReport.percentile(roundTrips, 0.95) / 1000;
        }

        String row(double retainedKbPerSession) {
            double seconds = elapsedNanos / 1e9;
            double cpuMillis = serverCpuNanos / 1e6;
            return String.format(
                    java.util.Locale.ROOT,
                    "| %d | %.1f | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d | %.1f ms | %.2f ms | %.0f %% of"
                            + " one core | %.0f KB |",
                    learners,
                    moves / seconds,
                    roundTrips.length,
                    BenchReport.percentile(roundTrips, 0.50) / 1000,
                    p95(),
                    BenchReport.percentile(roundTrips, 0.99) / 1000,
                    BenchReport.percentile(pageLoads, 0.95) / 1000,
                    errors,
                    moves == 0 ? Double.NaN : cpuMillis / moves,
                    roundTrips.length == 0 ? Double.NaN : cpuMillis / roundTrips.length,
                    cpuMillis / 10 / seconds,
                    retainedKbPerSession);
        }
    }
}
