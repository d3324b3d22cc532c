package fr.passeportnumerique.authoring;

import java.util.Optional;

/**
 * A lesson as the editor shows it: its file, fields and Markdown text, and the draft's version when it was opened
 * (empty when the lesson had no draft), which the save hands back to detect someone else's save in between.
 */
public record LessonDraft(
        String moduleSlug,
        String path,
        String slug,
        String title,
        int durationMinutes,
        String markdown,
        ItemStatus status,
        Optional<Long> draftVersion) {

    public LessonDraft withText(String newTitle, int newDuration, String newMarkdown) {
        return new LessonDraft(moduleSlug, path, slug, newTitle, newDuration, newMarkdown, status, draftVersion);
    }
}
