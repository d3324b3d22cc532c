package fr.passeportnumerique.learning;

import java.time.Instant;

/** A learner finished every lesson of a module and passed its quiz: the module is stamped in their passport. */
public record ModuleCompleted(long accountId, String moduleSlug, Instant stampedAt) {}
