package fr.passeportnumerique.base.activity;

import java.util.Optional;

/** Where a learner is: a lesson of a module, or the module's quiz when there is no lesson. */
public record Place(String moduleSlug, Optional<String> lessonSlug) {

    public static Place lesson(String moduleSlug, String lessonSlug) {
        return new Place(moduleSlug, Optional.of(lessonSlug));
    }

    public static Place quiz(String moduleSlug) {
        return new Place(moduleSlug, Optional.empty());
    }

    public boolean isQuiz() {
        return lessonSlug.isEmpty();
    }
}
