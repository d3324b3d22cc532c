package fr.passeportnumerique.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.AtOnce;
import fr.passeportnumerique.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publications started at the same moment (two trainers, on one node or two): one waits for the other's commit, both
 * land, and each module's versions follow each other. The changes only add blank lines at the end of a lesson, which
 * nobody reading it sees.
 */
@IntegrationTest
class PublicationLockIT {

    @Autowired
    ContentImportService imports;

    @Autowired
    CurriculumHistory history;

    private static String lessonOf(ModuleFiles module) {
        return module.files().keySet().stream()
                .filter(path -> path.startsWith("lessons/") && path.endsWith(".md"))
                .findFirst()
                .orElseThrow();
    }

    private static ModuleFiles withBlankLineAdded(ModuleFiles module) {
        String lesson = lessonOf(module);
        String text = module.text(lesson).orElseThrow() + "\n";
        return module.with(lesson, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void two_modules_published_at_once_both_land_and_neither_undoes_the_other() {
        List<ModuleFiles> modules = history.current().modules();
        ModuleFiles first = withBlankLineAdded(modules.get(modules.size() - 1));
        ModuleFiles second = withBlankLineAdded(modules.get(modules.size() - 2));

        List<ImportReport> reports = AtOnce.run(List.of(
                () -> imports.publish(List.of(first), Publication.ofFiles()),
                () -> imports.publish(List.of(second), Publication.ofFiles())));

        assertThat(reports).extracting(ImportReport::outcome).containsOnly(ImportOutcome.UPDATED);
        assertThat(history.publishedFiles(first.slug()).orElseThrow().sameFilesAs(first))
                .as("the first publication is still there after the second")
                .isTrue();
        assertThat(history.publishedFiles(second.slug()).orElseThrow().sameFilesAs(second))
                .isTrue();
    }

    @Test
    void one_module_published_twice_at_once_gets_two_versions_one_after_the_other() {
        List<ModuleFiles> modules = history.current().modules();
        ModuleFiles module = modules.get(modules.size() - 3);
        int before = history.latest(module.slug()).orElseThrow().number();
        ModuleFiles once = withBlankLineAdded(module);
        ModuleFiles twice = withBlankLineAdded(once);

        AtOnce.run(List.of(
                () -> imports.publish(List.of(once), Publication.ofFiles()),
                () -> imports.publish(List.of(twice), Publication.ofFiles())));

        assertThat(history.versions(module.slug()))
                .extracting(VersionInfo::number)
                .filteredOn(number -> number > before)
                .containsExactlyInAnyOrder(before + 1, before + 2);
    }
}
