package fr.passeportnumerique.handoff;

import java.time.Instant;
import java.util.Optional;

/**
 * A request took a step (sent, accepted, declined, quote sent, signed, without follow-up, withdrawn). The learner's
 * welcome point, if any, lets reporting count hand-offs and signatures per point.
 */
public record HandoffStatusChanged(
        long requestId,
        long learnerId,
        long expertId,
        Optional<Long> welcomePointId,
        HandoffStatus status,
        Instant at) {}
