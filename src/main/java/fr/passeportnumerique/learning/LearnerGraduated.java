package fr.passeportnumerique.learning;

import java.time.Instant;

/** A learner has stamped every module of the curriculum. */
public record LearnerGraduated(long accountId, Instant graduatedAt) {}
