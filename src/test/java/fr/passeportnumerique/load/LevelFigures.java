package fr.passeportnumerique.load;

import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.e2e.AccessLogWindow.Kind;
import fr.passeportnumerique.e2e.AccessLogWindow.LoggedRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One level's measuring window: what the learners did (from the tally), what the server logged, the CPU the server
 * and the database used, and the heap each learner's session kept. Times in nanoseconds unless named otherwise.
 */
record LevelFigures(
        int learners,
        int signedIn,
        long windowNanos,
        LoadTally.Counts done,
        List<LoggedRequest> logged,
        long serverCpuNanos,
        long databaseCpuNanos,
        long generatorCpuNanos,
        double medianCpuMillisPerMove,
        long failures,
        int gatlingStatus,
        double heapKbPerSession) {

    static final String HEADER = "| learners | moves/s | round-trips/s | server p50 / p95 / p99 (round-trips and pages)"
            + " | heartbeats, files | HTTP ≥ 400 | KOs | server CPU per move: mean, median of 10 s | per round-trip"
            + " | server CPU used | database CPU (share of server's) | load generator CPU | heap per session |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    /** Server-side times of the learners' round-trips and page loads: heartbeats and files left out. */
    long[] serverMicros() {
        return BenchReport.sorted(logged.stream()
                .filter(request -> request.kind() == Kind.ROUND_TRIP || request.kind() == Kind.PAGE)
                .map(LoggedRequest::micros)
                .toList());
    }

    double p95Millis() {
        return BenchReport.percentile(serverMicros(), 0.95) / 1000;
    }

    boolean meetsGoal(double goalP95Millis) {
        return failures == 0 && gatlingStatus == 0 && p95Millis() < goalP95Millis;
    }

    String row() {
        long[] micros = serverMicros();
        double seconds = windowNanos / 1e9;
        double cpuMillis = serverCpuNanos / 1e6;
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f / %.1f / %.1f ms | %d, %d | %d | %d | %.2f ms, %.2f ms | %.2f ms"
                        + " | %.0f %% of one core | %.0f %% of one core (%.0f %%) | %.0f %% of one core | %.0f KB |",
                signedIn == learners ? String.valueOf(learners) : learners + " (" + signedIn + " signed in)",
                done.moves() / seconds,
                done.roundTrips() / seconds,
                BenchReport.percentile(micros, 0.50) / 1000,
                p95Millis(),
                BenchReport.percentile(micros, 0.99) / 1000,
                count(Kind.HEARTBEAT),
                count(Kind.FILE),
                logged.stream().filter(request -> request.status() >= 400).count(),
                failures,
                done.moves() == 0 ? Double.NaN : cpuMillis / done.moves(),
                medianCpuMillisPerMove,
                done.roundTrips() == 0 ? Double.NaN : cpuMillis / done.roundTrips(),
                100 * serverCpuNanos / (double) windowNanos,
                100 * databaseCpuNanos / (double) windowNanos,
                serverCpuNanos == 0 ? Double.NaN : 100.0 * databaseCpuNanos / serverCpuNanos,
                100 * generatorCpuNanos / (double) windowNanos,
                heapKbPerSession);
    }

    private long count(Kind kind) {
        return logged.stream().filter(request -> request.kind() == kind).count();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
