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

    ModuleNode withPublished(Optional<VersionInfo> version) {
        return new ModuleNode(slug, number, title, status, lessons, quiz, version);
    }

    public record LessonNode(String path, String slug, String title, ItemStatus status) {}
}
