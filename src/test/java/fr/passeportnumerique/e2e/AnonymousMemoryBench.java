package fr.passeportnumerique.e2e;

import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.AnonymousVisitors;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.bench.BenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous page loads by robots against the application as production runs it (production mode, a JVM of its own
 * with 2 GB of heap, on this test's database): each public page loaded {@code bench.loads} times (5,000 by
 * default) from distinct addresses, the server's live heap read after each page by Vaadin's method (full
 * collections, {@code jcmd GC.class_histogram}), and its CPU time per load. Bounded: localhost only, a fixed count.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=AnonymousMemoryBench [-Dbench.loads=5000]}
 */
@IntegrationTest
class AnonymousMemoryBench {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void live_heap_under_anonymous_page_loads_of_every_public_page() throws Exception {
        int loads = Integer.getInteger("bench.loads", 5_000);
        Path folder = Files.createDirectories(Path.of("target", "bench", "anonymous-memory-server"));
        BenchReport report = new BenchReport("anonymous-memory");
        try (ApplicationProcess server = ApplicationProcess.startInProductionMode(
                folder,
                ((HikariDataSource) dataSource).getJdbcUrl(),
                List.of("-Xmx2g", "-XX:+UseG1GC"),
                List.of("--server.forward-headers-strategy=native"))) {
            AnonymousVisitors robots = new AnonymousVisitors(server.port());
            robots.load("/", 200);
            long baseline = server.heapUsedAfterFullGc();
            report.line(
                            "Server heap after full GC before the robots (after 200 warm-up loads): %.1f MB",
                            baseline / 1e6)
                    .line("| Page | Loads | Answered 200 | Server CPU per load | Live heap after, above the start |")
                    .line("|---|---|---|---|---|");
            long highest = 0;
            for (String page : AnonymousVisitors.publicPages(jdbc)) {
                Duration cpuBefore = server.cpuTime();
                int answered = robots.load(page, loads);
                double cpuMillis = server.cpuTime().minus(cpuBefore).toNanos() / 1e6 / loads;
                long growth = server.heapUsedAfterFullGc() - baseline;
                highest = Math.max(highest, growth);
                report.line("| `%s` | %d | %d | %.1f ms | %.1f MB |", page, loads, answered, cpuMillis, growth / 1e6);
            }
            report.line("Highest live heap above the start: %.1f MB", highest / 1e6)
                    .save();
        }
    }
}
