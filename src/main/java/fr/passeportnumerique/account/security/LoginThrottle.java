package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.EmailAddresses;
import fr.passeportnumerique.base.ratelimit.SharedRateLimit;
import io.github.bucket4j.Bandwidth;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down, then refuses for a while, repeated failed sign-ins, per account and per client address. An account has
 * 5 free failures, then one more each minute, and never more than 10 in a quarter of an hour. A client address (a
 * shop's box, a post office kiosk) is shared by several people, so it gets four times as many.
 *
 * <p>Failures count against the account an address names, whatever its spelling (an address naming no account
 * counts under its canonical form). A successful sign-in forgives only that account's failures: never the client
 * address's, nor another account's. Counters live in the database ({@link SharedRateLimit}): every node of a cluster
 * counts against the same ones, so that an attacker spread over several nodes gets no more tries than on one.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int LOCKING_FAILURES = 10;
    static final int ADDRESS_FACTOR = 4;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final SharedRateLimit accounts;
    private final SharedRateLimit clients;
    private final Function<String, Optional<Long>> accountIds;

    @Autowired
    LoginThrottle(DataSource dataSource, Clock clock, AccountService accountService) {
        this(dataSource, clock, accountService::accountIdOf);
    }

    LoginThrottle(DataSource dataSource, Clock clock, Function<String, Optional<Long>> accountIds) {
        this.accountIds = accountIds;
        this.accounts = limit(dataSource, clock, 1);
        this.clients = limit(dataSource, clock, ADDRESS_FACTOR);
    }

    private static SharedRateLimit limit(DataSource dataSource, Clock clock, int factor) {
        return new SharedRateLimit(
                dataSource,
                clock,
                LOCK.multipliedBy(2),
                Bandwidth.builder()
                        .capacity(FREE_FAILURES * factor)
                        .refillGreedy(factor, Duration.ofMinutes(1))
                        .build(),
                Bandwidth.builder()
                        .capacity(LOCKING_FAILURES * factor)
                        .refillIntervally(LOCKING_FAILURES * factor, LOCK)
                        .build());
    }

    /** How long the person must wait before trying again, if they must. */
    public Optional<Duration> waitFor(String email, String clientAddress) {
        return Stream.of(accounts.waitFor(accountKey(email)), clients.waitFor(clientKey(clientAddress)))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public void failed(String email, String clientAddress) {
        accounts.take(accountKey(email));
        clients.take(clientKey(clientAddress));
    }

    /** The account proved its password: its own failures are forgiven, nobody else's. */
    public void succeeded(String email) {
        accounts.forget(accountKey(email));
    }

    /** Forgets, on one node of the cluster at a time, the counters that are full again. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT30M")
    public void forgetFullCounters() {
        accounts.removeExpired();
    }

    private String accountKey(String email) {
        String canonical = EmailAddresses.canonical(email);
        return accountIds.apply(canonical).map(id -> "account:" + id).orElse("address:" + canonical);
    }

    private static String clientKey(String address) {
        return "client:" + address;
    }
}
