package fr.passeportnumerique.curriculum;

/** A lesson as lists and navigation show it; {@code position} orders the lessons of a module. */
public record LessonSummary(String slug, int position, String title, int durationMinutes) {}
