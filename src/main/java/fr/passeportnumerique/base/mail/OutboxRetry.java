package fr.passeportnumerique.base.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the mails left behind: the SMTP server refused them, or the node that wrote them stopped before handing
 * them over. One node of the cluster at a time runs it; mails are tried for a day (every minute at first).
 */
@Component
class OutboxRetry {

    static final Duration LEFT_BEHIND_AFTER = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 20;
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxRetry.class);

    private final OutboxMailRepository mails;
    private final MailDelivery delivery;
    private final Clock clock;

    OutboxRetry(OutboxMailRepository mails, MailDelivery delivery, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${passeport.mail.retry-interval:PT1M}",
            initialDelayString = "${passeport.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT15M")
    public void deliverLeftBehind() {
        if (!delivery.bySmtp()) {
            return;
        }
        Instant now = clock.instant();
        List<Long> left = mails.findLeftUndelivered(now.minus(LEFT_BEHIND_AFTER), now, MAX_ATTEMPTS, Limit.of(BATCH));
        long sent = left.stream().filter(delivery::deliver).count();
        if (!left.isEmpty()) {
            log.info("Outbox: {} of {} mails left behind delivered", sent, left.size());
        }
    }
}
