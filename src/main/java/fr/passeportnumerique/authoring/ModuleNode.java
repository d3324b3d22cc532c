package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.VersionInfo;
import java.util.List;
import java.util.Optional;

/** A module in the trainers' tree: its lessons and quiz, each with where it stands, and its newest version. */
public record ModuleNode(
        String slug,
        int number,
        String title,
        ItemStatus status,
        List<LessonNode> lessons,
        Optional<ItemStatus> quiz,
        Optional<VersionInfo> published) {

    /** The module's place in the tree, from its files with their drafts; its version is added by the caller. */
    static ModuleNode of(ModuleDraft draft) {
        FrontMatter module = draft.moduleFile();
        List<ModuleNode.LessonNode> lessons = draft.lessonPaths().stream()
                .map(path -> {
                    FrontMatter lesson =
                            FrontMatter.parse(draft.current().text(path).orElse(""));
                    return new ModuleNode.LessonNode(
                            path, lesson.text("slug"), lesson.text("title"), draft.status(path));
                })
                .toList();
        Optional<ItemStatus> quiz = draft.current().has(ModuleDraft.QUIZ_FILE)
                ? Optional.of(draft.status(ModuleDraft.QUIZ_FILE))
                : Optional.empty();
        return new ModuleNode(
                draft.published().slug(),
                module.number("number", 0),
                module.text("title"),
                draft.hasChanges() ? ItemStatus.DRAFT : ItemStatus.PUBLISHED,
                lessons,
                quiz,
                Optional.empty());
    }

    ModuleNode withPublished(Optional<VersionInfo> version) {
        return new ModuleNode(slug, number, title, status, lessons, quiz, version);
    }

    public record LessonNode(String path, String slug, String title, ItemStatus status) {}
}
