package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.base.markdown.ImageReference;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.util.Set;

/** Checks a Markdown body: it says something, and every image it shows has a text alternative and exists. */
final class BodyChecker {

    static final String MEDIA_PREFIX = "media/";
    private final MarkdownRenderer markdown;

    BodyChecker(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    void check(FrontMatterFile document, Problems.FileProblems problems, Set<String> mediaNames) {
        if (document.body().isBlank()) {
            problems.add(document.bodyFirstLine(), "empty-body");
            return;
        }
        for (ImageReference image : markdown.images(document.body())) {
            int line = document.bodyFirstLine() + image.line() - 1;
            String target = image.destination();
            if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("//")) {
                problems.add(line, "external-image", target);
            } else if (!target.startsWith(MEDIA_PREFIX)
                    || !mediaNames.contains(target.substring(MEDIA_PREFIX.length()))) {
                problems.add(line, "broken-image", target);
            } else if (image.altText().isBlank()) {
                problems.add(line, "missing-alt", target);
            }
        }
    }
}
