package fr.passeportnumerique.quiz;

/** A learner's attempt was graded, passed or not. Published once per attempt. */
public record QuizGraded(long accountId, String moduleSlug, int scorePercent, boolean passed) {}
