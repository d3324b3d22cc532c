package fr.passeportnumerique.authoring;

/** What a lesson needs before it can be saved; the rest (links, images, Markdown) is checked at publication. */
final class LessonRules {

    static final int TITLE_MAX_LENGTH = 160;
    static final int MAX_DURATION = 240;
    static final int TEXT_MAX_LENGTH = 200_000;

    private LessonRules() {}

    static void check(LessonDraft lesson) {
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
    }
}
