package fr.passeportnumerique.quiz;

/** A learner reached the pass mark of a module's quiz. */
public record QuizPassed(long accountId, String moduleSlug, int scorePercent) {}
