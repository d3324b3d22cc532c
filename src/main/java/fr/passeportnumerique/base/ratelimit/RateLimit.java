package fr.passeportnumerique.base.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One token bucket (Bucket4j) per key, with the same limits for every key. The buckets live in a bounded cache: at
 * most {@code maxKeys} of them, each forgotten after {@code forgetAfter} without use, which must be long enough for
 * a bucket to fill up again (forgetting a full bucket loses nothing). Keys longer than 64 characters are kept as
 * their SHA-256, so that whatever an attacker types costs the same few bytes.
 */
public final class RateLimit {

    static final int MAX_KEY_LENGTH = 64;

    private final Cache<String, Bucket> buckets;
    private final List<Bandwidth> limits;
    private final TimeMeter time;

    public RateLimit(Clock clock, int maxKeys, Duration forgetAfter, Bandwidth... limits) {
        this.limits = List.of(limits);
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(forgetAfter)
                .ticker(time::currentTimeNanos)
                .executor(Runnable::run)
                .build();
    }

    /**
     * {@code count} tries per {@code period} for each key, given back steadily (one every period/count), for at most
     * 100,000 keys; a key idle for a whole period is full again, so it is then forgotten.
     */
    public static RateLimit perPeriod(Clock clock, int count, Duration period) {
        return new RateLimit(
                clock,
                100_000,
                period,
                Bandwidth.builder().capacity(count).refillGreedy(count, period).build());
    }

    /** How long the key must wait before one more try, if it must; asking takes nothing. */
    public Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(bounded(key));
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Takes one try for the key: empty if it was allowed, else how long to wait for the next one. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe =
                buckets.get(bounded(key), ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The key starts afresh, as if it had never been seen. */
    public void forget(String key) {
        buckets.invalidate(bounded(key));
    }

    /** How many keys are remembered now (for tests and monitoring). */
    public long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        var builder = Bucket.builder().withCustomTimePrecision(time);
        limits.forEach(builder::addLimit);
        return builder.build();
    }

    static String bounded(String key) {
        String value = key == null ? "" : key;
        return value.length() <= MAX_KEY_LENGTH ? value : "sha256:" + sha256(value);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Bucket4j and the cache read the application's clock, so that tests can move time by hand. */
    record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
