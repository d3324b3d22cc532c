package fr.passeportnumerique.curriculum;

import java.util.Optional;

/**
 * A lesson ready to read: its safe HTML, its place in the module ({@code index} of {@code lessonCount}, from 1)
 * its neighbours for previous/next navigation, and when it was last checked against its sources.
 */
public record LessonPage(
        ModuleLink module,
        LessonSummary lesson,
        int index,
        int lessonCount,
        String html,
        Optional<LessonSummary> previous,
        Optional<LessonSummary> next,
        Optional<LessonReview> review) {}
