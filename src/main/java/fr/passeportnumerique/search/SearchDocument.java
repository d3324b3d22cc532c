package fr.passeportnumerique.search;

import java.util.Optional;

/** Something a learner can find: a lesson, a module, or a glossary term. */
public record SearchDocument(
        ResultType type,
        int moduleNumber,
        String moduleSlug,
        String moduleTitle,
        Optional<String> lessonSlug,
        String title,
        String body,
        String href) {

    /** Unique in the index: "module", "module/lesson" or "module#term". */
    public String key() {
        return switch (type) {
            case MODULE -> moduleSlug;
            case LESSON -> moduleSlug + "/" + lessonSlug.orElseThrow();
            case GLOSSARY -> moduleSlug + "#" + title;
        };
    }
}
