package fr.passeportnumerique.learning;

import java.time.Instant;

/** A learner finished a lesson for the first time. */
public record LessonCompleted(long accountId, String moduleSlug, String lessonSlug, Instant completedAt) {}
