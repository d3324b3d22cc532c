package fr.passeportnumerique.curriculum;

import java.util.Map;
import java.util.Optional;

/**
 * A lesson ready to read: its safe HTML, its place in the module ({@code index} of {@code lessonCount}, from 1)
 * its neighbours for previous/next navigation, when it was last checked against its sources, and the anchor of each
 * section by its heading, so that a page can send a learner to the part that teaches something.
 */
public record LessonPage(
        ModuleLink module,
        LessonSummary lesson,
        int index,
        int lessonCount,
        String html,
        Optional<LessonSummary> previous,
        Optional<LessonSummary> next,
        Optional<LessonReview> review,
        Map<String, String> sectionAnchors) {

    public LessonPage {
        sectionAnchors = Map.copyOf(sectionAnchors);
    }
}
