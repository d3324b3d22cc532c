package fr.passeportnumerique.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; people are named by account id only, so the log outlives their erasure. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_account_id", updatable = false)
    private Long subjectAccountId;

    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, Long actorAccountId, String action, Long subjectAccountId, String detail) {
        this.occurredAt = occurredAt;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.subjectAccountId = subjectAccountId;
        this.detail = detail;
    }

    String getAction() {
        return action;
    }

    Long getSubjectAccountId() {
        return subjectAccountId;
    }
}
