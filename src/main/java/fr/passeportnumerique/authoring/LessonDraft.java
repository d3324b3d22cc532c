package fr.passeportnumerique.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A lesson as the editor shows it: its file, fields and Markdown text, when its claims were last checked and
 * against which sources, and the draft's version when it was opened (empty when the lesson had no draft), which the
 * save hands back to detect someone else's save in between.
 */
public record LessonDraft(
        String moduleSlug,
        String path,
        String slug,
        String title,
        int durationMinutes,
        String markdown,
        Optional<LocalDate> reviewedOn,
        List<String> sources,
        ItemStatus status,
        Optional<Long> draftVersion) {

    public LessonDraft {
        sources = List.copyOf(sources);
    }

    public LessonDraft withText(String newTitle, int newDuration, String newMarkdown) {
        return new LessonDraft(
                moduleSlug, path, slug, newTitle, newDuration, newMarkdown, reviewedOn, sources, status, draftVersion);
    }

    public LessonDraft withReview(Optional<LocalDate> newReviewedOn, List<String> newSources) {
        return new LessonDraft(
                moduleSlug,
                path,
                slug,
                title,
                durationMinutes,
                markdown,
                newReviewedOn,
                newSources,
                status,
                draftVersion);
    }
}
