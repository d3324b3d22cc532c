package fr.passeportnumerique.base.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message the platform sent, or will send. */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final String REDACTED = "[one-time link removed after delivery]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "one_time_secret", nullable = false, updatable = false)
    private boolean oneTimeSecret;

    @Column(name = "recipient_account_id", updatable = false)
    private Long recipientAccountId;

    @Column(name = "subject_account_id", updatable = false)
    private Long subjectAccountId;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Until when the node that claimed this mail for delivery has it; another node may claim it after. */
    @Column(name = "delivery_claimed_until")
    private Instant deliveryClaimedUntil;

    @Column(name = "delivery_attempts")
    private int deliveryAttempts;

    protected OutboxMail() {}

    OutboxMail(Instant createdAt, Mail mail) {
        this.createdAt = createdAt;
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
        this.oneTimeSecret = mail.oneTimeSecret();
        this.recipientAccountId = mail.recipientAccountId();
        this.subjectAccountId = mail.subjectAccountId();
    }

    /** Delivered: a one-time secret now lives in the person's mailbox only, not in the database. */
    void markSent(Instant when) {
        sentAt = when;
        if (oneTimeSecret) {
            body = REDACTED;
        }
    }

    Long getId() {
        return id;
    }

    Mail mail() {
        return new Mail(recipient, subject, body, oneTimeSecret, recipientAccountId, subjectAccountId);
    }

    /** As administrators see it; with {@code withholdSecrets}, the body of a mail with a one-time secret is not shown. */
    OutboxEntry entry(boolean withholdSecrets) {
        return new OutboxEntry(createdAt, recipient, subject, withholdSecrets && oneTimeSecret ? null : body, sentAt);
    }
}
