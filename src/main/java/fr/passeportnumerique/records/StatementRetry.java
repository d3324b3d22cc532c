package fr.passeportnumerique.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the statements whose next try is due (the LRS refused them or did not answer, or the node that wrote them
 * stopped first), one node of the cluster at a time; and forgets delivered ones after a month. Only when the records
 * are sent: switched off, no job runs, not even to take its lock.
 */
@Component
@ConditionalOnProperty(prefix = "passeport.xapi", name = "enabled", havingValue = "true")
class StatementRetry {

    private static final int BATCH = 100;
    private static final Duration KEPT_AFTER_DELIVERY = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(StatementRetry.class);

    private final QueuedStatementRepository statements;
    private final StatementDelivery delivery;
    private final XapiProperties settings;
    private final Clock clock;

    StatementRetry(
            QueuedStatementRepository statements, StatementDelivery delivery, XapiProperties settings, Clock clock) {
        this.statements = statements;
        this.delivery = delivery;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${passeport.xapi.retry-interval:PT30S}",
            initialDelayString = "${passeport.xapi.retry-interval:PT30S}")
    @SchedulerLock(name = "xapi-retry", lockAtMostFor = "PT15M")
    public void deliverDue() {
        if (settings.enabled()) {
            deliverDue(clock.instant());
        }
    }

    /** Tries the statements due at {@code now}; returns how many the LRS took. */
    long deliverDue(Instant now) {
        List<Long> due = statements.findDue(now, Limit.of(BATCH));
        long sent = due.stream().filter(id -> delivery.deliver(id, now)).count();
        if (!due.isEmpty()) {
            log.info("xAPI: {} of {} statements due delivered", sent, due.size());
        }
        return sent;
    }

    @Scheduled(cron = "${passeport.xapi.purge-cron:0 40 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "xapi-purge", lockAtMostFor = "PT30M")
    @Transactional
    public void purgeDelivered() {
        statements.deleteSentBefore(clock.instant().minus(KEPT_AFTER_DELIVERY));
    }
}
