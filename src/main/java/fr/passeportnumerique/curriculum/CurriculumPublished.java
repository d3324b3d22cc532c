package fr.passeportnumerique.curriculum;

import java.time.Instant;
import java.util.Set;

/**
 * An import finished and its curriculum is stored (changed or not): features that keep a copy of it, such as the
 * search index, check theirs. A failed import publishes nothing: the previous curriculum stays.
 */
public record CurriculumPublished(ImportOutcome outcome, Instant at, Set<String> changedModules) {}
