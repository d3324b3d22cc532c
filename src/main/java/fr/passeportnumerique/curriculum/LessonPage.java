package fr.passeportnumerique.curriculum;

import java.util.Optional;

/**
 * A lesson ready to read: its safe HTML, its place in the module ({@code index} of {@code lessonCount}, from 1)
 * and its neighbours for previous/next navigation.
 */
public record LessonPage(
        ModuleLink module,
        LessonSummary lesson,
        int index,
        int lessonCount,
        String html,
        Optional<LessonSummary> previous,
        Optional<LessonSummary> next) {}
