package fr.passeportnumerique.base.session;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.AnonymousVisitors;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.LiveHeap;
import fr.passeportnumerique.SiteClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous page loads as a robot makes them: no script run, no cookie kept, from many addresses (finding 2 of the
 * security test). Each public page is loaded {@value #LOADS} times ({@code -Danonymous.loads=5000} for the full
 * proof in docs/performance.md, about 15 minutes here) and the live heap, measured after full garbage collections, must
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

    @Test
    void loads_of_every_public_page_by_robots_keep_the_live_heap_bounded() throws Exception {
        int loads = Integer.getInteger("anonymous.loads", LOADS);
        long before = LiveHeap.settled();
        Map<String, Long> growthByPage = new LinkedHashMap<>();

        AnonymousVisitors robots = new AnonymousVisitors(port);
        for (String page : AnonymousVisitors.publicPages(jdbc)) {
            long start = System.nanoTime();
            int answered = robots.load(page, loads);
            long heap = LiveHeap.settled();
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

    private double vaadinSessions() {
        return meters.get("passeport.vaadin.sessions").gauge().value();
    }

    private double uis() {
        return meters.get("passeport.vaadin.uis").gauge().value();
    }
}
