package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.HandClock;
import fr.passeportnumerique.IntegrationTest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The throttle's counters in the real database, shared by every node: each test has accounts and client addresses of
 * its own (the counters outlive a test), and two throttles on the same database stand for two nodes.
 */
@IntegrationTest
class LoginThrottleIT {

    private static final AtomicLong RUNS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final HandClock clock = new HandClock();
    private final long run = RUNS.incrementAndGet() * 10;
    /** Three accounts; like the database, every spelling of an address finds its account. */
    private final Map<String, Long> accountIds =
            Map.of("lea@example.org", run + 1, "thr2@example.net", run + 2, "mallory@example.com", run + 3);

    private LoginThrottle throttle;

    @BeforeEach
    void newThrottle() {
        throttle = newNode();
    }

    /** A throttle as another application node has it: same database, same accounts. */
    private LoginThrottle newNode() {
        return new LoginThrottle(
                dataSource,
                clock,
                email -> Optional.ofNullable(accountIds.get(
                        Normalizer.normalize(email, Normalizer.Form.NFD).replaceAll("\\p{M}", ""))));
    }

    /** A client address of this test only. */
    private String at(String address) {
        return address + "#" + run;
    }

    private void fail(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    @Test
    void five_failures_cost_nothing_then_one_try_a_minute() {
        fail(4, "lea@example.org", at("10.0.0.1"));
        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.2"))).isEmpty();

        fail(1, "lea@example.org", at("10.0.0.1"));
        assertThat(throttle.waitFor("LEA@example.org", at("10.0.0.2")))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.2"))).isEmpty();
        fail(1, "lea@example.org", at("10.0.0.1"));
        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.2"))).isPresent();
    }

    @Test
    void ten_failures_in_a_quarter_of_an_hour_lock_the_account_until_its_end() {
        fail(5, "lea@example.org", at("10.0.0.1"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(1, "lea@example.org", at("10.0.0.1"));
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.9")))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));

        clock.advance(LoginThrottle.LOCK);
        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.9"))).isEmpty();
    }

    @Test
    void an_address_shared_by_several_people_gets_four_times_as_many_tries() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("person" + i + "@example.org", at("192.0.2.7"));
        }
        assertThat(throttle.waitFor("someone-else@example.org", at("192.0.2.7")))
                .isEmpty();

        throttle.failed("person19@example.org", at("192.0.2.7"));
        assertThat(throttle.waitFor("someone-else@example.org", at("192.0.2.7")))
                .isPresent();
    }

    @Test
    void every_spelling_of_an_address_counts_against_the_same_account() {
        String[] spellings = {
            "thr2@example.net", "THR2@example.net", " thr2@example.net ", "thr2@exámple.net", "thr2@éxample.net"
        };
        for (int i = 0; i < spellings.length; i++) {
            throttle.failed(spellings[i], at("10.0.0." + i));
        }

        for (String spelling : spellings) {
            assertThat(throttle.waitFor(spelling, at("10.0.1.1"))).as(spelling).isPresent();
        }
    }

    @Test
    void signing_in_to_ones_own_account_forgives_nothing_of_another_account_nor_of_the_address() {
        for (int round = 0; round < 30; round++) {
            throttle.failed("lea@example.org", at("203.0.113.9"));
            throttle.succeeded("mallory@example.com");
        }

        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.1"))).isPresent();
        assertThat(throttle.waitFor("mallory@example.com", at("203.0.113.9"))).isPresent();
    }

    @Test
    void a_successful_sign_in_forgives_the_accounts_own_failures() {
        fail(6, "lea@example.org", at("10.0.0.1"));

        throttle.succeeded("lea@example.org");

        assertThat(throttle.waitFor("lea@example.org", at("10.0.0.2"))).isEmpty();
    }

    @Test
    void huge_addresses_typed_by_an_attacker_are_remembered_in_a_few_bytes_and_in_bounded_number() {
        String huge = "a".repeat(2_000_000) + "@example.org";
        throttle.failed(huge, at("198.51.100.1"));
        assertThat(throttle.waitFor(huge, at("198.51.100.2"))).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.failed(huge, at("198.51.100.1"));
        }
        assertThat(throttle.waitFor(huge, at("198.51.100.2"))).isPresent();

        assertThat(jdbc.queryForObject("select max(length(id)) from rate_limit_bucket", Integer.class))
                .isLessThanOrEqualTo(71);
    }

    @Test
    void failures_spread_over_two_nodes_count_as_on_one() {
        LoginThrottle otherNode = newNode();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            (i % 2 == 0 ? throttle : otherNode).failed("lea@example.org", at("10.0.0." + i));
        }

        assertThat(throttle.waitFor("lea@example.org", at("10.0.9.1"))).isPresent();
        assertThat(otherNode.waitFor("lea@example.org", at("10.0.9.1"))).isPresent();

        otherNode.succeeded("lea@example.org");
        assertThat(throttle.waitFor("lea@example.org", at("10.0.9.1"))).isEmpty();
    }

    @Test
    void asking_about_an_account_never_seen_writes_nothing() {
        int before = jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class);

        assertThat(throttle.waitFor("mallory@example.com", at("10.0.0.1"))).isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void counters_full_again_are_forgotten_by_the_cleanup() {
        fail(3, "thr2@example.net", at("10.0.0.1"));
        String account = "account:" + (run + 2);
        // Bucket4j dates a bucket's expiry by the machine's clock, not the application's: once full again (a quarter
        // of an hour here) and kept for twice the lock.
        long expiresAt =
                jdbc.queryForObject("select expires_at from rate_limit_bucket where id = ?", Long.class, account);
        assertThat(expiresAt - System.currentTimeMillis())
                .isBetween(
                        LoginThrottle.LOCK.multipliedBy(2).toMillis(),
                        LoginThrottle.LOCK.multipliedBy(3).toMillis());

        jdbc.update(
                "update rate_limit_bucket set expires_at = ? where id = ?", System.currentTimeMillis() - 1, account);
        throttle.forgetFullCounters();

        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class, account))
                .isZero();
    }
}
