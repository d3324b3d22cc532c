package fr.passeportnumerique.handoff;

import java.time.Instant;
import java.util.Optional;

/** A request as the expert it is addressed to sees it: what the learner shared, the pack chosen, where it stands. */
public record IncomingRequest(
        long id,
        SharedProfile learner,
        Optional<String> packTitle,
        Optional<String> learnerMessage,
        HandoffStatus status,
        Optional<String> expertMessage,
        Instant sentAt,
        Instant updatedAt) {}
