package fr.passeportnumerique.base.mail;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every e-mail is written to the outbox in the caller's transaction, so that a rolled-back action sends nothing.
 * After the commit it is delivered through SMTP when {@code spring.mail.host} is set; otherwise (the embedded
 * default) it is written to the log, and administrators read it on the outbox page. With SMTP, the body of a mail
 * holding a one-time secret is blanked once delivered and never shown to administrators.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private final OutboxMailRepository mails;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final String from;
    private final TransactionTemplate newTransaction;

    MailOutbox(
            OutboxMailRepository mails,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            @Value("${passeport.mail.from}") String from,
            PlatformTransactionManager transactions) {
        this.mails = mails;
        this.smtp = smtp;
        this.clock = clock;
        this.from = from;
        this.newTransaction = new TransactionTemplate(transactions);
        // Delivery runs after the caller's commit, where that transaction's resources are still bound: without a
        // transaction of its own, marking the mail sent would join the finished one and never be written.
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Mail mail) {
        OutboxMail stored = mails.save(new OutboxMail(clock.instant(), mail));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(stored.getId(), mail);
            }
        });
    }

    /** The latest messages, newest first. The role is AppRoles.ADMIN's value: base cannot see the account feature. */
    @Transactional(readOnly = true)
    @RolesAllowed("ADMIN")
    public List<OutboxEntry> latest(int count) {
        boolean withholdSecrets = deliversBySmtp();
        return mails.findAllByOrderByIdDesc(Limit.of(count)).stream()
                .map(mail -> mail.entry(withholdSecrets))
                .toList();
    }

    /**
     * The mails for or about a person (RGPD access): tied to their account, or sent to their address before mails
     * were tied to accounts. One-time links are left out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxEntry> mailsOf(long accountId, String address) {
        return mails.findAllOf(accountId, address).stream()
                .map(mail -> mail.entry(true))
                .toList();
    }

    /** Erases the mails for or about a person, in the caller's transaction (their account's deletion). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseMailsOf(long accountId, String address) {
        mails.deleteAllOf(accountId, address);
    }

    /**
     * Whether mails leave by SMTP (production). Without it (the embedded default) the outbox is the only copy, one-time
     * links included: that is how a demonstration resets a password.
     */
    public boolean deliversBySmtp() {
        return smtp.getIfAvailable() != null;
    }

    private void deliver(Long id, Mail mail) {
        Optional<JavaMailSender> sender = Optional.ofNullable(smtp.getIfAvailable());
        if (sender.isEmpty()) {
            // No address nor text in the log: they are personal data (and may hold a sign-in link).
            log.info("Mail {} kept in the outbox (no SMTP server configured); administrators read it there", id);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.recipient());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.get().send(message);
            newTransaction.executeWithoutResult(
                    status -> mails.findById(id).ifPresent(sent -> sent.markSent(clock.instant())));
        } catch (MailException e) {
            log.error("Mail {} to the outbox could not be delivered; it stays unsent", id, e);
        }
    }
}
