package fr.passeportnumerique.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.bench.BenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a visit weighs on a slow mobile network: headless Chromium, with its cache on and Chromium DevTools' "Slow 4G"
 * emulation ({@link NetworkLog#SLOW_4G}), on a phone-sized window, against the application as production runs it
 * (production mode, a JVM of its own, on this test's database). For each load: the bytes received (DevTools'
 * {@code encodedDataLength}, headers included), the requests that went to the server and those the cache answered,
 * the first and the largest contentful paint. Loads: a first visit of the catalogue with an empty cache, a reload of
 * it, another page opened by its address in the same window (warm cache); a learner's lesson opened by its address
 * after signing in (warm cache), and again with the cache emptied. Each run is a fresh browser profile; the report
 * gives the median of the runs and the heaviest answers of the first run. Bounded: localhost only, a fixed number of
 * runs.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=PageWeightBench [-Dbench.runs=5]}
 */
@IntegrationTest
class PageWeightBench {

    private static final String CATALOGUE = "/";
    private static final String MODULE = "/modules/premiers-pas";
    private static final String LESSON = "/modules/premiers-pas/ranger-ses-fichiers";
    private static final int WARM_UP_RUNS = 2;
    private static final String VAADIN_IDLE = """
            () => {
              const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})
                  .filter(client => typeof client.isActive === 'function');
              return clients.length > 0 && clients.every(client => !client.isActive());
            }""";

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountService accounts;

    private final Map<String, List<PageLoad>> loads = new LinkedHashMap<>();

    @Test
    void bytes_requests_and_largest_contentful_paint_under_slow_4g() throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        String learner = TestLearners.register(accounts, "poids");
        try (ApplicationProcess server = startServer();
                Playwright playwright = Browser.playwright()) {
            com.microsoft.playwright.Browser browser = Browser.launch(playwright);
            // Unthrottled and not counted: the server loads its classes and compiles its hot code first.
            for (int run = 0; run < WARM_UP_RUNS; run++) {
                visits(browser, server.baseUrl(), learner, null, ignored -> {});
            }
            for (int run = 0; run < runs; run++) {
                visits(browser, server.baseUrl(), learner, NetworkLog.SLOW_4G, this::keep);
            }
        }
        report(runs);
    }

    private void visits(
            com.microsoft.playwright.Browser browser,
            String baseUrl,
            String learner,
            NetworkLog.Conditions network,
            Consumer<PageLoad> keep) {
        try (Window window = new Window(browser, baseUrl, network)) {
            keep.accept(window.measure("first visit of the catalogue, empty cache", page -> open(page, CATALOGUE)));
            keep.accept(window.measure("the catalogue reloaded", page -> {
                page.reload(new Page.ReloadOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
                settle(page);
            }));
            keep.accept(window.measure("a module opened by its address", page -> open(page, MODULE)));
        }
        try (Window window = new Window(browser, baseUrl, network)) {
            keep.accept(
                    window.measure("first visit of the sign-in page, empty cache", page -> open(page, "/connexion")));
            window.signIn(learner);
            keep.accept(window.measure("signed in: a lesson opened by its address", page -> open(page, LESSON)));
            window.emptyCache();
            keep.accept(window.measure("signed in: the lesson, cache emptied", page -> open(page, LESSON)));
        }
    }

    /** A fresh browser profile (its own cache and cookies) in a phone-sized window, its network recorded. */
    private static final class Window implements AutoCloseable {

        private final BrowserContext context;
        private final Page page;
        private final NetworkLog log;

        Window(com.microsoft.playwright.Browser browser, String baseUrl, NetworkLog.Conditions network) {
            context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setBaseURL(baseUrl)
                    .setViewportSize(412, 915));
            context.setDefaultTimeout(120_000);
            context.setDefaultNavigationTimeout(120_000);
            page = context.newPage();
            log = NetworkLog.of(context, page);
            if (network != null) {
                log.emulate(network);
            }
        }

        PageLoad measure(String what, Consumer<Page> navigation) {
            return PageLoad.measure(what, page, log, () -> navigation.accept(page));
        }

        void signIn(String email) {
            BrowserTest.fillSignInForm(page, email, TestLearners.PASSWORD);
            settle(page);
        }

        /** Leaves the page, so that its in-memory cache goes with it, and empties the browser's HTTP cache. */
        void emptyCache() {
            page.navigate("about:blank");
            log.clearBrowserCache();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private static void open(Page page, String path) {
        page.navigate(path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        settle(page);
    }

    /**
     * Waits until Vaadin's client has shown the view and has nothing under way, then until the network is quiet: on
     * a busy machine the network alone can pause for 500 ms while the browser runs one script before asking for the
     * next.
     */
    private static void settle(Page page) {
        page.waitForFunction(VAADIN_IDLE);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private void keep(PageLoad load) {
        loads.computeIfAbsent(load.what(), what -> new ArrayList<>()).add(load);
    }

    private ApplicationProcess startServer() throws Exception {
        return ApplicationProcess.startInProductionMode(
                Files.createDirectories(Path.of("target", "bench", "page-weight-server")),
                ((HikariDataSource) dataSource).getJdbcUrl(),
                List.of("-Xmx1g", "-XX:+UseG1GC"),
                // Every window comes from 127.0.0.1: no per-address limit on new sessions here.
                List.of("--passeport.sessions.new-per-client-per-minute=1000000"));
    }

    private void report(int runs) {
        BenchReport report = new BenchReport("page-weight");
        NetworkLog.Conditions network = NetworkLog.SLOW_4G;
        report.line(
                        "%s (%.0f bytes/s down, %.0f bytes/s up, %.1f ms latency), %d runs, medians; window 412×915",
                        network.name(),
                        network.downloadBytesPerSecond(),
                        network.uploadBytesPerSecond(),
                        network.latencyMillis(),
                        runs)
                .line(
                        "| Load | Transferred | Requests (network + cache) | FCP | LCP | LCP element | runs: KB | runs: LCP s |")
                .line("|---|---|---|---|---|---|---|---|");
        loads.forEach((what, samples) -> report.line("%s", PageLoad.medianRow(what, samples)));
        loads.forEach((what, samples) -> {
            report.line("")
                    .line("%s (run 1): %s", what, samples.getFirst().byKind())
                    .line("Heaviest answers:");
            samples.getFirst().heaviest(10).forEach(answer -> report.line("%s", PageLoad.describe(answer)));
        });
        report.save();
    }
}
