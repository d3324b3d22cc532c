package fr.passeportnumerique.learning;

import java.time.Instant;

/** A learner spent time reading or answering, as the page reported it. */
public record LearnerWasActive(long accountId, Instant at) {}
