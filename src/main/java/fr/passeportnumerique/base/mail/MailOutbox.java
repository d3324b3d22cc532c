package fr.passeportnumerique.base.mail;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every e-mail is written to the outbox in the caller's transaction, so that a rolled-back action sends nothing.
 * After the commit it is delivered through SMTP when {@code spring.mail.host} is set ({@link MailDelivery}, and
 * {@link OutboxRetry} for those left behind); otherwise (the embedded default) it is written to the log, and
 * administrators read it on the outbox page. With SMTP, the body of a mail holding a one-time secret is blanked once
 * delivered and never shown to administrators.
 */
@Service
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final MailDelivery delivery;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailDelivery delivery, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Mail mail) {
        OutboxMail stored = mails.save(new OutboxMail(clock.instant(), mail));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.deliver(stored.getId());
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
        return delivery.bySmtp();
    }
}
