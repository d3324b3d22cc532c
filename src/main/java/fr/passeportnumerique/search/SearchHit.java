package fr.passeportnumerique.search;

import java.util.Optional;

/** One result; {@code snippetHtml} is escaped text with the matched words in {@code <mark>}. */
public record SearchHit(
        ResultType type,
        int moduleNumber,
        String moduleSlug,
        String moduleTitle,
        Optional<String> lessonSlug,
        String title,
        String snippetHtml,
        String href,
        float score) {

    /** What the result answers with: "module", "module/lesson", or "module#glossaire" for a glossary term. */
    public String answerKey() {
        return switch (type) {
            case GLOSSARY -> moduleSlug + "#glossaire";
            case LESSON -> moduleSlug + "/" + lessonSlug.orElseThrow();
            case MODULE -> moduleSlug;
            case EXPERT, PACK -> href;
        };
    }
}
