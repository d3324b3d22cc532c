package fr.passeportnumerique.handoff;

import java.time.Instant;
import java.util.Optional;

/** One of a learner's requests as they follow it: to whom, for which pack, where it stands, what the expert said. */
public record LearnerRequest(
        long id,
        long expertId,
        String expertName,
        Optional<String> packTitle,
        HandoffStatus status,
        Optional<String> expertMessage,
        Instant sentAt,
        Instant updatedAt) {

    public boolean canWithdraw() {
        return status.isOpen();
    }
}
