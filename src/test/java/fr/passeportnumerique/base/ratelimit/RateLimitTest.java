package fr.passeportnumerique.base.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private RateLimit threePerHour(int maxKeys) {
        return new RateLimit(
                clock,
                maxKeys,
                Duration.ofHours(1),
                Bandwidth.builder()
                        .capacity(3)
                        .refillGreedy(3, Duration.ofHours(1))
                        .build());
    }

    @Test
    void a_key_takes_its_tries_then_is_told_how_long_to_wait() {
        RateLimit limit = threePerHour(10);

        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("client:192.0.2.1")).isEmpty();
        }

        assertThat(limit.take("client:192.0.2.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
        assertThat(limit.waitFor("client:192.0.2.1")).isPresent();
        assertThat(limit.waitFor("client:192.0.2.2")).isEmpty();
    }

    @Test
    void the_memory_holds_at_most_its_number_of_keys() {
        RateLimit limit = threePerHour(100);

        for (int i = 0; i < 5_000; i++) {
            limit.take("client:" + i);
        }

        assertThat(limit.keys()).isLessThanOrEqualTo(100);
    }

    @Test
    void a_long_key_is_kept_as_its_hash() {
        String huge = "x".repeat(2_000_000);

        assertThat(RateLimit.bounded(huge)).hasSizeLessThanOrEqualTo(71).isEqualTo(RateLimit.bounded(huge));
        assertThat(RateLimit.bounded("client:192.0.2.1")).isEqualTo("client:192.0.2.1");
    }
}
