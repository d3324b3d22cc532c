package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.base.markdown.ImageReference;
import fr.passeportnumerique.base.markdown.LinkReference;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import fr.passeportnumerique.curriculum.format.LessonSections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Markdown body: it says something, every image has a text alternative and exists, and every link has a
 * form the site can follow. Links to the site's modules and lessons are kept, to be checked once every module
 * has been read.
 */
final class BodyChecker {

    static final String MEDIA_PREFIX = "media/";
    private static final Pattern SITE_LINK = Pattern.compile("/modules/([a-z0-9-]+)(?:/([a-z0-9-]+))?/?(?:#.*)?");
    private static final List<String> OUTSIDE_LINKS = List.of("https://", "http://", "mailto:", "tel:", "#");

    private final MarkdownRenderer markdown;
    private final List<SiteLink> siteLinks = new ArrayList<>();

    BodyChecker(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The sections of the lessons read, which the module's quiz names in {@code taught_in}. */
    LessonSections sectionsOf(List<LessonSource> lessons) {
        Map<String, String> texts = new LinkedHashMap<>();
        lessons.forEach(lesson -> texts.put(lesson.slug(), lesson.markdown()));
        return LessonSections.of(texts, markdown);
    }

    /** A link from a content file to a module, or to a lesson of a module. */
    record SiteLink(String file, int line, String moduleSlug, String lessonSlug) {}

    List<SiteLink> siteLinks() {
        return List.copyOf(siteLinks);
    }

    void check(FrontMatterFile document, Problems.FileProblems problems, Set<String> mediaNames) {
        if (document.body().isBlank()) {
            problems.add(document.bodyFirstLine(), "empty-body");
            return;
        }
        MarkdownRenderer.References references = markdown.references(document.body());
        for (ImageReference image : references.images()) {
            checkImage(image, document.bodyFirstLine() + image.line() - 1, problems, mediaNames);
        }
        for (LinkReference link : references.links()) {
            checkLink(link.destination(), document.bodyFirstLine() + link.line() - 1, problems);
        }
    }

    private static void checkImage(ImageReference image, int line, Problems.FileProblems problems, Set<String> media) {
        String target = image.destination();
        if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("//")) {
            problems.add(line, "external-image", target);
        } else if (!target.startsWith(MEDIA_PREFIX) || !media.contains(target.substring(MEDIA_PREFIX.length()))) {
            problems.add(line, "broken-image", target);
        } else if (image.altText().isBlank()) {
            problems.add(line, "missing-alt", target);
        }
    }

    private void checkLink(String target, int line, Problems.FileProblems problems) {
        Matcher site = SITE_LINK.matcher(target);
        if (site.matches()) {
            siteLinks.add(new SiteLink(problems.file(), line, site.group(1), site.group(2)));
        } else if (OUTSIDE_LINKS.stream().noneMatch(target::startsWith)) {
            problems.add(line, "link-form", target);
        }
    }
}
