package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.CurriculumFiles;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.ModuleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Export to zip files in the content format and import with a preview, on the 20 shipped modules. */
@IntegrationTest
class CurriculumTransferIT {

    @Autowired
    CurriculumTransfer transfer;

    @Autowired
    CurriculumHistory history;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    ContentImportService imports;

    @AfterEach
    void restoreTheShippedCurriculum() {
        ShippedCurriculum.restore(imports);
    }

    @Test
    void exporting_the_whole_curriculum_then_importing_it_gives_back_the_same_curriculum() throws Exception {
        CurriculumFiles shipped = CurriculumFiles.read(Path.of("content"));
        assertThat(shipped.modules()).hasSize(20);

        byte[] zip = asTrainer(() -> transfer.exportAll());

        CurriculumFiles exported = CurriculumFiles.fromZip(new ByteArrayInputStream(zip));
        assertThat(exported.modules()).hasSize(20);
        for (ModuleFiles module : shipped.modules()) {
            assertThat(exported.module(module.slug()).orElseThrow().sameFilesAs(module))
                    .as(module.folder())
                    .isTrue();
        }
        ImportPreview preview = asTrainer(() -> transfer.preview(zip));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.modules())
                .hasSize(20)
                .allMatch(module -> module.kind() == ImportPreview.ModuleChange.Kind.UNCHANGED);
        assertThat(preview.canApply()).isFalse();

        ImportReport report = asTrainer(() -> transfer.apply(preview));

        assertThat(report.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(report.unchanged()).isEqualTo(20);
        assertThat(history.current().modules())
                .allMatch(module ->
                        module.sameFilesAs(shipped.module(module.slug()).orElseThrow()));
    }

    @Test
    void a_module_zip_with_a_changed_lesson_shows_the_change_then_publishes_it() throws Exception {
        ModuleFiles module = CurriculumFiles.fromZip(
                        new ByteArrayInputStream(asTrainer(() -> transfer.exportModule("bureautique"))))
                .modules()
                .getFirst();
        String path = module.files().keySet().stream()
                .filter(name -> name.startsWith("lessons/01-"))
                .findFirst()
                .orElseThrow();
        ModuleFiles changed = module.with(
                path,
                (module.text(path).orElseThrow() + "\nUn paragraphe importé.\n").getBytes(StandardCharsets.UTF_8));
        byte[] zip = new CurriculumFiles(List.of(changed)).toZip();

        ImportPreview preview = asTrainer(() -> transfer.preview(zip));

        assertThat(preview.modules()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ImportPreview.ModuleChange.Kind.CHANGED);
            assertThat(change.changed()).containsExactly(path);
            assertThat(change.added()).isEmpty();
            assertThat(change.removed()).isEmpty();
        });
        assertThat(preview.canApply()).isTrue();
        assertThat(asTrainer(() -> transfer.apply(preview)).outcome()).isEqualTo(ImportOutcome.UPDATED);
        String lessonSlug = path.substring("lessons/01-".length(), path.length() - 3);
        assertThat(curriculum.lesson("bureautique", lessonSlug).orElseThrow().html())
                .contains("Un paragraphe importé.");
    }

    @Test
    void a_zip_with_a_broken_quiz_is_previewed_with_its_problem_and_changes_nothing() throws Exception {
        ModuleFiles module = history.publishedFiles("bureautique").orElseThrow();
        ModuleFiles broken =
                module.with("quiz.yaml", "pass_mark: 70\nquestions: oops\n".getBytes(StandardCharsets.UTF_8));

        ImportPreview preview = asTrainer(() -> transfer.preview(new CurriculumFiles(List.of(broken)).toZip()));

        assertThat(preview.problems()).isNotEmpty();
        assertThat(preview.problems().getFirst().location()).contains("quiz.yaml");
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void a_zip_climbing_out_of_its_folder_is_refused_whole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("modules/04-bureautique/../../../etc/passwd"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> asTrainer(() -> transfer.preview(bytes.toByteArray())))
                .isInstanceOf(AuthoringException.class)
                .hasMessage("authoring.import.zip-unsafe-path");
        assertThatThrownBy(() -> asTrainer(() -> transfer.preview("pas un zip".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(AuthoringException.class)
                .hasMessage("authoring.import.zip-no-modules");
    }

    private static <T> T asTrainer(Supplier<T> call) {
        return SignedIn.as("formateur@example.org", AppRoles.TRAINER, call);
    }
}
