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

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {}

    OutboxMail(Instant createdAt, Mail mail) {
        this.createdAt = createdAt;
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.body = mail.body();
    }

    void markSent(Instant when) {
        sentAt = when;
    }

    Long getId() {
        return id;
    }

    OutboxEntry entry() {
        return new OutboxEntry(createdAt, recipient, subject, body, sentAt);
    }
}
