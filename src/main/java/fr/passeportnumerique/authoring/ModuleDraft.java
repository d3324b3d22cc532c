package fr.passeportnumerique.authoring;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.ModuleFiles;
import fr.passeportnumerique.curriculum.format.LessonSections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A module's files as the trainers see them: the published version with the drafts applied over it. */
record ModuleDraft(ModuleFiles published, ModuleFiles current, Map<String, Long> draftVersions) {

    static final String MODULE_FILE = "module.md";
    static final String QUIZ_FILE = "quiz.yaml";
    static final String LESSONS = "lessons/";
    static final String MEDIA = "media/";

    static ModuleDraft of(ModuleFiles published, Iterable<DraftFile> drafts) {
        SortedMap<String, byte[]> files = new TreeMap<>(published.files());
        Map<String, Long> versions = new HashMap<>();
        for (DraftFile draft : drafts) {
            versions.put(draft.getPath(), draft.getVersion());
            draft.content()
                    .ifPresentOrElse(
                            content -> files.put(draft.getPath(), content), () -> files.remove(draft.getPath()));
        }
        return new ModuleDraft(published, new ModuleFiles(published.folder(), files), versions);
    }

    boolean hasChanges() {
        return !draftVersions.isEmpty();
    }

    ItemStatus status(String path) {
        if (!draftVersions.containsKey(path)) {
            return ItemStatus.PUBLISHED;
        }
        return published.has(path) ? ItemStatus.DRAFT : ItemStatus.NEW;
    }

    List<String> lessonPaths() {
        return current.files().keySet().stream()
                .filter(path -> path.startsWith(LESSONS) && path.endsWith(".md"))
                .toList();
    }

    /** The sections of the draft's lessons, which its quiz's questions name as where their answers are taught. */
    LessonSections lessonSections(MarkdownRenderer markdown) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String path : lessonPaths()) {
            FrontMatter lesson = FrontMatter.parse(current.text(path).orElse(""));
            texts.put(lesson.text("slug"), lesson.body());
        }
        return LessonSections.of(texts, markdown);
    }

    FrontMatter moduleFile() {
        return FrontMatter.parse(current.text(MODULE_FILE).orElse(""));
    }
}
