package fr.passeportnumerique.curriculum;

/** A module as the catalogue shows it. */
public record ModuleSummary(
        int number, String slug, String title, String summary, int durationMinutes, int lessonCount) {}
