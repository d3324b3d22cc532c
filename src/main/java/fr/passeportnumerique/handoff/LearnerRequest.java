package fr.passeportnumerique.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * One of a learner's requests as they follow it: to whom (an expert who deleted their account shows as withdrawn), for
 * which pack, where it stands, what the expert said.
 */
public record LearnerRequest(
        long id,
        long expertId,
        String expertName,
        boolean expertWithdrawn,
        Optional<String> packTitle,
        HandoffStatus status,
        Optional<String> expertMessage,
        Instant sentAt,
        Instant updatedAt) {

    public boolean canWithdraw() {
        return status.isOpen();
    }
}
