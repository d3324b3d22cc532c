package fr.passeportnumerique.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.curriculum.internal.ContentFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ContentImportIT {

    private static final Path SHIPPED_CONTENT = Path.of("content");
    private static final String LESSON = "modules/01-premiers-pas/lessons/02-ranger-ses-fichiers.md";

    @Autowired
    ContentImportService imports;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @AfterEach
    void restoreTheShippedCurriculum() {
        assertThat(imports.importFrom(SHIPPED_CONTENT).outcome()).isNotEqualTo(ImportOutcome.FAILED);
    }

    @Test
    void the_shipped_curriculum_is_in_the_database_after_startup() {
        assertThat(curriculum.modules())
                .extracting(ModuleSummary::number, ModuleSummary::slug)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(1, "premiers-pas"),
                        org.assertj.core.groups.Tuple.tuple(2, "internet-recherche"));
        assertThat(imports.lastImport()).isPresent();
    }

    @Test
    void importing_unchanged_files_again_rewrites_nothing() {
        imports.importFrom(SHIPPED_CONTENT);
        Long versions = totalVersions();

        ImportReport again = imports.importFrom(SHIPPED_CONTENT);

        assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(again.unchanged()).isEqualTo(again.moduleCount()).isGreaterThanOrEqualTo(2);
        assertThat(totalVersions()).as("no row was written").isEqualTo(versions);
    }

    @Test
    void a_changed_lesson_updates_only_its_module_and_keeps_the_lesson_id() {
        imports.importFrom(SHIPPED_CONTENT);
        Long lessonId = lessonId("ranger-ses-fichiers");
        ContentFixture copy = ContentFixture.copyOf(SHIPPED_CONTENT, folder)
                .replace(LESSON, "## Fichier, dossier : de quoi parle-t-on ?", "## Fichier et dossier, avec soin");

        ImportReport report = imports.importFrom(copy.root());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.UPDATED);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(curriculum
                        .lesson("premiers-pas", "ranger-ses-fichiers")
                        .orElseThrow()
                        .html())
                .contains("Fichier et dossier, avec soin");
        assertThat(lessonId("ranger-ses-fichiers")).isEqualTo(lessonId);
    }

    @Test
    void a_section_renamed_while_the_quiz_still_names_it_is_refused_at_the_questions() {
        ContentFixture copy = ContentFixture.copyOf(SHIPPED_CONTENT, folder)
                .replace(LESSON, "## Bien nommer ses fichiers", "## Des noms de fichiers parlants");

        ImportReport report = imports.importFrom(copy.root());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.FAILED);
        assertThat(report.problems())
                .extracting(ContentProblem::location, ContentProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "content/modules/01-premiers-pas/quiz.yaml:36", "quiz-taught-in-heading"),
                        org.assertj.core.groups.Tuple.tuple(
                                "content/modules/01-premiers-pas/quiz.yaml:51", "quiz-taught-in-heading"));
    }

    @Test
    void a_broken_file_is_rejected_with_its_file_and_line_and_the_previous_curriculum_stays() {
        imports.importFrom(SHIPPED_CONTENT);
        List<ModuleSummary> before = curriculum.modules();
        String htmlBefore = curriculum
                .lesson("premiers-pas", "ranger-ses-fichiers")
                .orElseThrow()
                .html();
        ContentFixture copy = ContentFixture.copyOf(SHIPPED_CONTENT, folder)
                .replace(LESSON, "## Fichier, dossier : de quoi parle-t-on ?", "## Texte qui ne doit jamais paraître")
                .replace(
                        "modules/02-internet-recherche/module.md",
                        "prerequisites: [premiers-pas]",
                        "prerequisites: [module-inconnu]");

        ImportReport report = imports.importFrom(copy.root());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.FAILED);
        assertThat(report.problems())
                .extracting(ContentProblem::location, ContentProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "content/modules/02-internet-recherche/module.md", "unknown-prerequisite"));
        assertThat(curriculum.modules()).isEqualTo(before);
        assertThat(curriculum
                        .lesson("premiers-pas", "ranger-ses-fichiers")
                        .orElseThrow()
                        .html())
                .isEqualTo(htmlBefore);
        assertThat(imports.lastImport().orElseThrow().problems()).isEqualTo(report.problems());
    }

    @Test
    void a_yaml_error_is_reported_with_the_line_it_is_on() {
        ContentFixture copy = ContentFixture.copyOf(SHIPPED_CONTENT, folder)
                .replace(LESSON, "duration_minutes:", "duration_minutes: [");

        ImportReport report = imports.importFrom(copy.root());

        assertThat(report.outcome()).isEqualTo(ImportOutcome.FAILED);
        assertThat(report.problems().getFirst().file()).isEqualTo("content/" + LESSON);
        assertThat(report.problems().getFirst().line()).isPositive();
    }

    private Long totalVersions() {
        return jdbc.queryForObject(
                "select (select coalesce(sum(version), 0) from curriculum_module)"
                        + " + (select coalesce(sum(version), 0) from curriculum_lesson)",
                Long.class);
    }

    private Long lessonId(String slug) {
        return jdbc.queryForObject("select id from curriculum_lesson where slug = ?", Long.class, slug);
    }
}
