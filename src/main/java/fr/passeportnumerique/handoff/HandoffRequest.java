package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A learner's request to one expert, sent with their explicit consent to share what {@code sharedProfile} holds. */
@Entity
@Table(name = "handoff_request")
class HandoffRequest extends AbstractEntity {

    static final int MESSAGE_MAX_LENGTH = 1000;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "pack_id")
    private Long packId;

    @Column(name = "welcome_point_id")
    private Long welcomePointId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private HandoffStatus status;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "shared_profile", nullable = false)
    private String sharedProfile;

    @Column(name = "learner_message")
    private String learnerMessage;

    @Column(name = "expert_message")
    private String expertMessage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HandoffRequest() {}

    HandoffRequest(
            long accountId,
            long expertId,
            Optional<Long> packId,
            Optional<Long> welcomePointId,
            Sector sector,
            String sharedProfile,
            Optional<String> message,
            Instant now) {
        this.accountId = accountId;
        this.expertId = expertId;
        this.packId = packId.orElse(null);
        this.welcomePointId = welcomePointId.orElse(null);
        this.sector = sector;
        this.sharedProfile = sharedProfile;
        this.learnerMessage = message.orElse(null);
        this.status = HandoffStatus.SENT;
        this.consentAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An expert's step; the message is kept when given (acceptance or refusal). */
    void expertMoves(HandoffStatus next, Optional<String> message, Instant now) {
        if (!status.expertNext().contains(next)) {
            throw new HandoffException("handoff.error.step");
        }
        status = next;
        message.ifPresent(text -> expertMessage = text);
        if (next == HandoffStatus.ACCEPTED) {
            acceptedAt = now;
        }
        updatedAt = now;
    }

    void withdraw(Instant now) {
        if (!status.isOpen()) {
            throw new HandoffException("handoff.error.closed");
        }
        status = HandoffStatus.WITHDRAWN;
        updatedAt = now;
    }

    HandoffStatusChanged changed() {
        return new HandoffStatusChanged(
                getId(), accountId, expertId, Optional.ofNullable(welcomePointId), status, updatedAt);
    }

    long getAccountId() {
        return accountId;
    }

    long getExpertId() {
        return expertId;
    }

    Optional<Long> getPackId() {
        return Optional.ofNullable(packId);
    }

    Sector getSector() {
        return sector;
    }

    HandoffStatus getStatus() {
        return status;
    }

    String getSharedProfile() {
        return sharedProfile;
    }

    Optional<String> getLearnerMessage() {
        return Optional.ofNullable(learnerMessage);
    }

    Optional<String> getExpertMessage() {
        return Optional.ofNullable(expertMessage);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
