package fr.passeportnumerique.search;

import java.util.Optional;

/**
 * Something a person can find: a lesson, a module, a glossary term, an expert or a pack offer. For an expert or a pack,
 * the module fields say where it belongs ("experts", "offres") and its context (a place, a seller), with number 0.
 */
public record SearchDocument(
        ResultType type,
        int moduleNumber,
        String moduleSlug,
        String moduleTitle,
        Optional<String> lessonSlug,
        String title,
        String body,
        String href) {

    /** Unique in the index: "module", "module/lesson", "module#term", or the address of an expert or pack. */
    public String key() {
        return switch (type) {
            case MODULE -> moduleSlug;
            case LESSON -> moduleSlug + "/" + lessonSlug.orElseThrow();
            case GLOSSARY -> moduleSlug + "#" + title;
            case EXPERT, PACK -> href;
        };
    }
}
