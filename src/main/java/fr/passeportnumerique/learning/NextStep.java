package fr.passeportnumerique.learning;

import java.util.Optional;

/** What the learner should do next: go on reading, start a lesson, take a quiz, or fetch their certificate. */
public record NextStep(
        Kind kind,
        int moduleNumber,
        String moduleSlug,
        String moduleTitle,
        Optional<String> lessonSlug,
        Optional<String> lessonTitle) {

    public enum Kind {
        RESUME_LESSON,
        START_LESSON,
        TAKE_QUIZ,
        GET_CERTIFICATE
    }

    /** The page to open, relative to the site's root. */
    public String path() {
        return switch (kind) {
            case RESUME_LESSON, START_LESSON -> "modules/" + moduleSlug + "/" + lessonSlug.orElseThrow();
            case TAKE_QUIZ -> "modules/" + moduleSlug + "/quiz";
            case GET_CERTIFICATE -> "mon-passeport";
        };
    }

    static NextStep certificate() {
        return new NextStep(Kind.GET_CERTIFICATE, 0, "", "", Optional.empty(), Optional.empty());
    }
}
