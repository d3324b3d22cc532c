package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.LessonReview;

/** A lesson as read from its file; {@code position} comes from the file name's number. */
public record LessonSource(
        String slug, int position, String title, int durationMinutes, String markdown, LessonReview review) {}
