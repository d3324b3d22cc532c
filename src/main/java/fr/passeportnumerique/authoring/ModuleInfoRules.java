package fr.passeportnumerique.authoring;

/** What a module's presentation needs before it is saved (the limits of the content format). */
final class ModuleInfoRules {

    private ModuleInfoRules() {}

    static void check(ModuleInfoDraft info) {
        if (info.title() == null || info.title().isBlank()) {
            throw new AuthoringException("authoring.error.title-required");
        }
        if (info.title().strip().length() > LessonRules.TITLE_MAX_LENGTH) {
            throw new AuthoringException("authoring.error.title-too-long", LessonRules.TITLE_MAX_LENGTH);
        }
        if (info.summary() == null
                || info.summary().isBlank()
                || info.summary().strip().length() > 500) {
            throw new AuthoringException("authoring.error.summary");
        }
        if (info.durationMinutes() < 1 || info.durationMinutes() > 600) {
            throw new AuthoringException("authoring.error.module-duration");
        }
        if (!ModuleInfoDraft.LEVELS.contains(info.level())) {
            throw new AuthoringException("authoring.error.level");
        }
        if (info.objectives().stream().allMatch(String::isBlank)
                || info.objectives().stream()
                        .anyMatch(objective -> objective.strip().length() > 300)) {
            throw new AuthoringException("authoring.error.objectives");
        }
        if (info.tags().stream().anyMatch(tag -> tag.strip().length() > 60)) {
            throw new AuthoringException("authoring.error.tags");
        }
        if (info.introduction() == null || info.introduction().isBlank()) {
            throw new AuthoringException("authoring.error.introduction");
        }
    }
}
