package fr.passeportnumerique.base.mail;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Delivered mails hold addresses and names: they are deleted once the retention period has passed. */
@Component
class OutboxPurge {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);
    private final OutboxMailRepository mails;
    private final Clock clock;
    private final Duration retention;

    OutboxPurge(
            OutboxMailRepository mails, Clock clock, @Value("${passeport.mail.retention:P30D}") Duration retention) {
        this.mails = mails;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${passeport.mail.purge-cron:0 20 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT30M")
    @Transactional
    public void purgeDelivered() {
        int deleted = mails.deleteSentBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} delivered mails older than {}", deleted, retention);
        }
    }
}
