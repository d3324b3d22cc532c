package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    @Test
    void four_failures_cost_nothing_the_fifth_a_minute_more_each_time() {
        fail(4, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).isEmpty();

        fail(1, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("LEA@example.org", "10.0.0.2")).hasValue(Duration.ofMinutes(1));

        fail(1, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.2")).hasValue(Duration.ofMinutes(2));
    }

    @Test
    void ten_failures_lock_the_account_for_fifteen_minutes_then_it_may_try_again() {
        fail(10, "lea@example.org", "10.0.0.1");
        assertThat(throttle.waitFor("lea@example.org", "10.0.0.9")).hasValue(LoginThrottle.LOCK);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
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
    void a_successful_sign_in_clears_the_record() {
        fail(6, "lea@example.org", "10.0.0.1");

        throttle.succeeded("lea@example.org", "10.0.0.1");

        assertThat(throttle.waitFor("lea@example.org", "10.0.0.1")).isEmpty();
    }
}
