package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.LessonReview;
import java.time.LocalDate;

/**
 * What a lesson needs before it can be saved; the rest (links, images, Markdown, and that it has a check date and
 * sources) is checked at publication.
 */
final class LessonRules {

    static final int TITLE_MAX_LENGTH = 160;
    static final int MAX_DURATION = 240;
    static final int TEXT_MAX_LENGTH = 200_000;

    private LessonRules() {}

    static void check(LessonDraft lesson, LocalDate today) {
        if (lesson.title() == null || lesson.title().isBlank()) {
            throw new AuthoringException("authoring.error.title-required");
        }
        if (lesson.title().strip().length() > TITLE_MAX_LENGTH) {
            throw new AuthoringException("authoring.error.title-too-long", TITLE_MAX_LENGTH);
        }
        if (lesson.durationMinutes() < 1 || lesson.durationMinutes() > MAX_DURATION) {
            throw new AuthoringException("authoring.error.duration", MAX_DURATION);
        }
        if (lesson.markdown() == null || lesson.markdown().isBlank()) {
            throw new AuthoringException("authoring.error.text-required");
        }
        if (lesson.markdown().length() > TEXT_MAX_LENGTH) {
            throw new AuthoringException("authoring.error.text-too-long");
        }
        checkReview(lesson, today);
    }

    /** The check date and sources may wait until publication, which requires them; what is given must be right. */
    private static void checkReview(LessonDraft lesson, LocalDate today) {
        if (lesson.reviewedOn().filter(date -> date.isAfter(today)).isPresent()) {
            throw new AuthoringException("authoring.error.reviewed-future");
        }
        if (lesson.sources().size() > LessonReview.MAX_SOURCES) {
            throw new AuthoringException("authoring.error.sources-too-many", LessonReview.MAX_SOURCES);
        }
        lesson.sources().stream()
                .filter(source -> !LessonReview.isWebAddress(source))
                .findFirst()
                .ifPresent(source -> {
                    throw new AuthoringException("authoring.error.source-address", source);
                });
    }
}
