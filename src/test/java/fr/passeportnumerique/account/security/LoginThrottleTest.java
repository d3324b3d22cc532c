package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.HandClock;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final HandClock clock = new HandClock();
    /** Two accounts; like the database, every spelling of an address finds its account. */
    private final Map<String, Long> accountIds =
            Map.of("lea@example.org", 1L, "thr2@example.net", 2L, "mallory@example.com", 3L);

    private final LoginThrottle throttle = new LoginThrottle(
            clock,
            email -> Optional.ofNullable(accountIds.get(
                    Normalizer.normalize(email, Normalizer.Form.NFD).replaceAll("\\p{M}", ""))));

    private void fail(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    @Test
    void five_failures_cost_nothing_then_one_try_a_minute() {
        fail(4, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).isEmpty();

        fail(1, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("LEA@example.org", "10.0.0.2"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).isEmpty();
        fail(1, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).isPresent();
    }

    @Test
    void ten_failures_in_a_quarter_of_an_hour_lock_the_account_until_its_end() {
        fail(5, "lea@example.org", "10.0.0.1");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail(1, "lea@example.org", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.9"))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));

        clock.advance(LoginThrottle.LOCK);
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.9")).isEmpty();
    }

    @Test
    void an_address_shared_by_several_people_gets_four_times_as_many_tries() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("person" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.waitFor("someone-else@example.org", "192.0.2.7")).isEmpty();

        throttle.failed("person19@example.org", "192.0.2.7");
        assertThat(throttle.waitFor("someone-else@example.org", "192.0.2.7")).isPresent();
    }

    @Test
    void every_spelling_of_an_address_counts_against_the_same_account() {
        String[] spellings = {
            "thr2@example.net", "THR2@example.net", " thr2@example.net ", "thr2@exámple.net", "thr2@éxample.net"
        };
        for (int i = 0; i < spellings.length; i++) {
            throttle.failed(spellings[i], "10.0.0." + i);
        }

        for (String spelling : spellings) {
            assertThat(throttle.waitFor(spelling, "10.0.1.1")).as(spelling).isPresent();
        }
    }

    @Test
    void signing_in_to_ones_own_account_forgives_nothing_of_another_account_nor_of_the_address() {
        for (int round = 0; round < 30; round++) {
            throttle.failed("lea@example.org", "203.0.113.9");
            throttle.succeeded("mallory@example.com");
        }

        assertThat(throttle.waitFor("lea@example.org", "10.0.0.1")).isPresent();
        assertThat(throttle.waitFor("mallory@example.com", "203.0.113.9")).isPresent();
    }

    @Test
    void a_successful_sign_in_forgives_the_accounts_own_failures() {
        fail(6, "lea@example.org", "10.0.0.1");

        throttle.succeeded("lea@example.org");

        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).isEmpty();
    }

    @Test
    void huge_addresses_typed_by_an_attacker_are_remembered_in_a_few_bytes_and_in_bounded_number() {
        String huge = "a".repeat(2_000_000) + "@example.org";
        throttle.failed(huge, "198.51.100.1");
        assertThat(throttle.waitFor(huge, "198.51.100.2")).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.failed(huge, "198.51.100.1");
        }
        assertThat(throttle.waitFor(huge, "198.51.100.2")).isPresent();

        assertThat(throttle.remembered()).isEqualTo(2);
    }
}
