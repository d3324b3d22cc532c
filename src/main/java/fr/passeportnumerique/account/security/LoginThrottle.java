package fr.passeportnumerique.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down, then refuses for a while, repeated failed sign-ins, per account and per address. After 5 failures
 * on an account each new failure earns a pause of one more minute; after 10 the account waits 15 minutes. An
 * address (a shop's box, a post office kiosk) is shared by several people, so it gets four times as many tries.
 * A successful sign-in clears the account's and the address's record.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int LOCKING_FAILURES = 10;
    static final int ADDRESS_FACTOR = 4;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    /** How long the person must wait before trying again, if they must. */
    public Optional<Duration> waitFor(String email, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            Failures record = failures.get(key);
            if (record != null && record.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, record.blockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String email, String address) {
        record(accountKey(email), 1);
        record(addressKey(address), ADDRESS_FACTOR);
        forgetOldRecords();
    }

    public void succeeded(String email, String address) {
        failures.remove(accountKey(email));
        failures.remove(addressKey(address));
    }

    private void record(String key, int factor) {
        Instant now = clock.instant();
        failures.compute(key, (ignored, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(pause(count, factor)));
        });
    }

    static Duration pause(int failures, int factor) {
        if (failures >= LOCKING_FAILURES * factor) {
            return LOCK;
        }
        if (failures >= FREE_FAILURES * factor) {
            return Duration.ofMinutes(failures - FREE_FAILURES * factor + 1L);
        }
        return Duration.ZERO;
    }

    private void forgetOldRecords() {
        Instant horizon = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(record -> record.last().isBefore(horizon));
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
