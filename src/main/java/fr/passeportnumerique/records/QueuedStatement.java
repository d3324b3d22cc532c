package fr.passeportnumerique.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An xAPI statement in the outbox: waiting, delivered ({@code sentAt}), or given up ({@code failedAt}). */
@Entity
@Table(name = "xapi_statement_outbox")
class QueuedStatement {

    static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "statement_id", nullable = false, updatable = false, length = 36)
    private String statementId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** Until when the node that claimed this statement for delivery has it. */
    @Column(name = "delivery_claimed_until")
    private Instant deliveryClaimedUntil;

    @Column(name = "delivery_attempts", nullable = false)
    private int deliveryAttempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private String lastError;

    protected QueuedStatement() {}

    QueuedStatement(UUID statementId, long accountId, String body, Instant createdAt) {
        this.statementId = statementId.toString();
        this.accountId = accountId;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void markSent(Instant when) {
        sentAt = when;
        deliveryClaimedUntil = null;
    }

    /** A failed try: another one at {@code next}, or none when {@code next} is null (given up). */
    void markFailed(Instant when, String error, Instant next) {
        lastError = error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error;
        deliveryClaimedUntil = null;
        if (next == null) {
            failedAt = when;
        } else {
            nextAttemptAt = next;
        }
    }

    Long getId() {
        return id;
    }

    String getStatementId() {
        return statementId;
    }

    String getBody() {
        return body;
    }

    int getDeliveryAttempts() {
        return deliveryAttempts;
    }
}
