package fr.passeportnumerique.base.ratelimit;

import fr.passeportnumerique.base.database.DatabaseConflicts;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Token buckets like {@link RateLimit}, kept in the database (table {@code rate_limit_bucket}, Bucket4j's MariaDB
 * backend) so that every application node counts against the same buckets. Each use is a short transaction that locks
 * the key's row; on a Galera cluster two nodes updating one key at the same moment can make one of them fail at
 * commit, and that use runs again.
 *
 * <p>A key is written only when a try is taken: asking about a key never seen reads without writing. A bucket
 * expires once it has been full again for {@code keptOnceFull}; {@link #removeExpired} deletes those rows.
 *
 * <p>When the database cannot be reached, the limit lets the try through and logs it: whatever the try needs (an
 * account's password) is in the database as well, so nothing is gained by refusing it.
 */
public final class SharedRateLimit {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimit.class);
    private static final int REMOVAL_BATCH = 1_000;

    private static final String EXISTS =
            "select exists (select 1 from rate_limit_bucket where id = ? and state is not null)";

    private final JdbcTemplate jdbc;
    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Supplier<BucketConfiguration> configuration;
    private final RetryTemplate onConflict;

    public SharedRateLimit(DataSource dataSource, Clock clock, Duration keptOnceFull, Bandwidth... limits) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new RateLimit.ClockTime(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keptOnceFull))
                .build();
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (Bandwidth limit : limits) {
            builder.addLimit(limit);
        }
        BucketConfiguration built = builder.build();
        this.configuration = () -> built;
        this.onConflict = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(3)
                .delay(Duration.ofMillis(20))
                .jitter(Duration.ofMillis(10))
                .multiplier(2)
                .predicate(DatabaseConflicts::isConflict)
                .build());
    }

    /** How long the key must wait before one more try, if it must; asking takes nothing and writes nothing. */
    public Optional<Duration> waitFor(String key) {
        String bounded = RateLimit.bounded(key);
        return guarded("read", Optional.empty(), () -> {
            // Bucket4j's own lookup creates an empty row for a key it does not know: a plain read writes nothing.
            if (!jdbc.queryForObject(EXISTS, Boolean.class, bounded)) {
                return Optional.<Duration>empty();
            }
            EstimationProbe probe = buckets.getProxy(bounded, configuration).estimateAbilityToConsume(1);
            return probe.canBeConsumed()
                    ? Optional.<Duration>empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    /** Takes one try for the key: empty if it was allowed, else how long to wait for the next one. */
    public Optional<Duration> take(String key) {
        String bounded = RateLimit.bounded(key);
        return guarded("count", Optional.empty(), () -> {
            ConsumptionProbe probe = buckets.getProxy(bounded, configuration).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? Optional.<Duration>empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    /** The key starts afresh, as if it had never been seen. */
    public void forget(String key) {
        String bounded = RateLimit.bounded(key);
        guarded("forget", null, () -> {
            buckets.removeProxy(bounded);
            return null;
        });
    }

    /**
     * Deletes the buckets that are full again (expired), of every limit kept in the table, and the empty rows left by
     * tries that failed before writing their state; returns how many.
     */
    public int removeExpired() {
        int removed = jdbc.update("delete from rate_limit_bucket where state is null");
        int batch;
        do {
            batch = buckets.removeExpired(REMOVAL_BATCH);
            removed += batch;
        } while (batch == REMOVAL_BATCH);
        return removed;
    }

    private <T> T guarded(String action, T whenUnavailable, Supplier<T> use) {
        try {
            return onConflict.execute(use::get);
        } catch (RetryException | RuntimeException e) {
            log.warn(
                    "Rate limit could not {} a try (the database failed); the try is let through: {}",
                    action,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return whenUnavailable;
        }
    }
}
