package fr.passeportnumerique.base.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands outbox mails to the SMTP server, each by one node only: a node first claims the mail in the database (for
 * {@link #CLAIM}), sends it, then marks it sent. Another node, or the retry job, finds it claimed or sent and leaves
 * it. A node that dies between sending and marking leaves a claim that runs out: the mail is then sent once more,
 * the only case of a second copy.
 */
@Component
class MailDelivery {

    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate ownTransaction;

    MailDelivery(
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            @Value("${passeport.mail.from}") String from,
            PlatformTransactionManager transactions) {
        this.mails = mails;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Delivery may run after a caller's commit, where that transaction's resources are still bound: without a
        // transaction of its own, the claim and the mark would join the finished one and never be written.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean bySmtp() {
        return smtp.getIfAvailable() != null;
    }

    /** Delivers the mail if no node has it and it is not sent yet; returns whether this call sent it. */
    boolean deliver(long id) {
        Optional<JavaMailSender> sender = Optional.ofNullable(smtp.getIfAvailable());
        if (sender.isEmpty()) {
            // No address nor text in the log: they are personal data (and may hold a sign-in link).
            log.info("Mail {} kept in the outbox (no SMTP server configured); administrators read it there", id);
            return false;
        }
        Optional<Mail> claimed = claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            sender.get().send(message(claimed.get()));
        } catch (MailException e) {
            log.error("Mail {} could not be delivered; it stays in the outbox and is tried again later", id, e);
            return false;
        }
        try {
            ownTransaction.executeWithoutResult(
                    status -> mails.findById(id).ifPresent(sent -> sent.markSent(clock.instant())));
        } catch (DataAccessException e) {
            log.warn("Mail {} was delivered but could not be marked so; it may be delivered once more", id, e);
        }
        return true;
    }

    private Optional<Mail> claim(long id) {
        try {
            return ownTransaction.execute(status -> {
                Instant now = clock.instant();
                if (mails.claim(id, now, now.plus(CLAIM)) != 1) {
                    return Optional.<Mail>empty();
                }
                return mails.findById(id).map(OutboxMail::mail);
            });
        } catch (ConcurrencyFailureException e) {
            // Another node's claim on the same mail committed first (a Galera certification conflict): it is theirs.
            return Optional.empty();
        } catch (DataAccessException e) {
            // Delivery runs after the sender's own commit, which must not be reported as failed: the retry job takes
            // it.
            log.warn("Mail {} could not be claimed for delivery now; it will be tried again later", id, e);
            return Optional.empty();
        }
    }

    private SimpleMailMessage message(Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }
}
