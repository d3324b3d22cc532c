package fr.passeportnumerique.base.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous page loads as a robot makes them: no script run, no cookie kept, from many addresses (finding 2 of the
 * security test). Each public page is loaded {@value #LOADS} times ({@code -Danonymous.loads=5000} for the full
 * proof in docs/security.md, about 50 minutes here) and the live heap, measured after full garbage collections, must
 * stay under {@value #MAX_HEAP_GROWTH_MB} MB above what it was: the node keeps at most 500 page-load sessions of a
 * few hundred kilobytes each, however many robots come.
 */
@IntegrationTest
class AnonymousTrafficIT {

    private static final Logger log = LoggerFactory.getLogger(AnonymousTrafficIT.class);
    static final int LOADS = 400;
    static final int MAX_HEAP_GROWTH_MB = 300;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionLimits limits;

    private final HttpClient robot =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loads_of_every_public_page_by_robots_keep_the_live_heap_bounded() throws Exception {
        int loads = Integer.getInteger("anonymous.loads", LOADS);
        long before = settledHeap();
        Map<String, Long> growthByPage = new LinkedHashMap<>();

        for (String page : publicPages()) {
            long start = System.nanoTime();
            int answered = loadManyTimes(page, loads);
            long heap = settledHeap();
            growthByPage.put(page, (heap - before) / 1_000_000);
            log.info(
                    "{} loads of {} ({} answered 200) in {} s: live heap {} MB above the start, {} Vaadin sessions",
                    loads,
                    page,
                    answered,
                    (System.nanoTime() - start) / 1_000_000_000,
                    (heap - before) / 1_000_000,
                    vaadinSessions());
            assertThat(answered).as(page).isEqualTo(loads);
        }

        assertThat(growthByPage.values())
                .as("live heap growth (MB) after each page")
                .allSatisfy(growth -> assertThat(growth).isLessThan(MAX_HEAP_GROWTH_MB));
        assertThat(vaadinSessions()).isLessThanOrEqualTo(limits.maxUnproven() + 50);
    }

    @Test
    void reloading_one_page_in_one_session_keeps_at_most_ten_pages_open() {
        SiteClient visitor = new SiteClient(port);
        visitor.get("/");
        double before = uis();

        for (int i = 0; i < 30; i++) {
            HttpResponse<String> page = visitor.get("/");
            assertThat(page.statusCode())
                    .as(page.headers().firstValue("Location").orElse(""))
                    .isEqualTo(200);
        }

        assertThat(uis() - before).isLessThanOrEqualTo(limits.maxUisPerSession());
    }

    @Test
    void one_address_opening_sessions_in_a_loop_is_told_to_wait() {
        SiteClient robotWithOneAddress = new SiteClient(port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < limits.newPerClientPerMinute() + 20; i++) {
            robotWithOneAddress.forgetCookies();
            statuses.add(robotWithOneAddress.status("/confidentialite"));
        }

        assertThat(statuses).contains(429);
        assertThat(statuses.subList(0, limits.newPerClientPerMinute())).containsOnly(200);
        assertThat(new SiteClient(port).status("/confidentialite")).isEqualTo(200);
    }

    private List<String> publicPages() {
        long expert = jdbc.queryForObject("select min(id) from expert", Long.class);
        return List.of(
                "/",
                "/modules/premiers-pas",
                "/modules/premiers-pas/ranger-ses-fichiers",
                "/recherche?q=sauvegarde",
                "/points-accueil",
                "/experts",
                "/experts/" + expert,
                "/offres",
                "/financement",
                "/verifier/ABCD-EFGH-JKLM",
                "/connexion",
                "/inscription",
                "/mot-de-passe-oublie",
                "/nouveau-mot-de-passe?jeton=inconnu",
                "/confidentialite");
    }

    /** Two robots at once (the machine has two cores), each load from an address of its own. */
    private int loadManyTimes(String page, int loads) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService robots = Executors.newFixedThreadPool(2)) {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                running.add(robots.submit(() -> {
                    while (next.getAndIncrement() < loads) {
                        if (load(page) == 200) {
                            answered.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> robot : running) {
                robot.get();
            }
        }
        return answered.get();
    }

    private int load(String page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                .header("X-Forwarded-For", SiteClient.randomDocumentationAddress())
                .build();
        return robot.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private double vaadinSessions() {
        return meters.get("passeport.vaadin.sessions").gauge().value();
    }

    private double uis() {
        return meters.get("passeport.vaadin.uis").gauge().value();
    }

    private static long settledHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
