package fr.passeportnumerique.curriculum.format;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of a module's lessons that a quiz question can name in {@code taught_in}: per lesson slug, in the
 * lessons' order, the headings of its sections ({@code ##} and {@code ###}).
 */
public record LessonSections(Map<String, List<String>> headingsByLesson, boolean complete) {

    private static final int SECTION_LEVEL = 2;
    private static final int SUBSECTION_LEVEL = 3;

    public LessonSections {
        headingsByLesson = new LinkedHashMap<>(headingsByLesson);
    }

    public LessonSections(Map<String, List<String>> headingsByLesson) {
        this(headingsByLesson, true);
    }

    /**
     * When some of the module's lessons could not be read: a question naming one of them is not reported as well,
     * since the lesson's own problem is the one to fix.
     */
    public static LessonSections incomplete() {
        return new LessonSections(Map.of(), false);
    }

    /** The sections of lessons given as slug → Markdown text, in that map's order. */
    public static LessonSections of(Map<String, String> markdownByLesson, MarkdownRenderer markdown) {
        Map<String, List<String>> headings = new LinkedHashMap<>();
        markdownByLesson.forEach((slug, text) -> headings.put(
                slug,
                markdown.headings(text).stream()
                        .filter(heading -> heading.level() == SECTION_LEVEL || heading.level() == SUBSECTION_LEVEL)
                        .map(MarkdownRenderer.Heading::text)
                        .toList()));
        return new LessonSections(headings);
    }

    public boolean hasLesson(String slug) {
        return !complete || headingsByLesson.containsKey(slug);
    }

    public boolean has(TaughtIn place) {
        return !complete
                || (hasLesson(place.lesson())
                        && (place.inOpening()
                                || headingsByLesson.get(place.lesson()).contains(place.heading())));
    }

    /** Every place a question can name: each lesson's opening, then each of its sections. */
    public List<TaughtIn> places() {
        List<TaughtIn> places = new ArrayList<>();
        headingsByLesson.forEach((slug, headings) -> {
            places.add(new TaughtIn(slug, ""));
            headings.forEach(heading -> places.add(new TaughtIn(slug, heading)));
        });
        return places;
    }
}
