package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.CurriculumFiles;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ModuleFiles;
import fr.passeportnumerique.curriculum.PublicationOrigin;
import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizFileFormat;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quiz editor's round trip on the 20 shipped quizzes, quiz and presentation changes, and content/ updates. */
@IntegrationTest
class AuthoringQuizAndFilesIT {

    static final String MODULE = "cybersecurite";

    @Autowired
    DraftService drafts;

    @Autowired
    PublishingService publishing;

    @Autowired
    QuizDraftService quizzes;

    @Autowired
    ModuleInfoService presentation;

    @Autowired
    CurriculumHistory history;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    ContentImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @AfterEach
    void restoreTheShippedCurriculum() {
        asTrainer(() -> drafts.discard(MODULE));
        ShippedCurriculum.restore(imports);
    }

    @Test
    void every_shipped_quiz_read_by_the_editor_and_written_back_passes_the_content_checks_unchanged() {
        CurriculumFiles current = history.current();
        List<ModuleFiles> rewritten = new ArrayList<>();
        for (ModuleFiles module : current.modules()) {
            QuizDraft quiz = asTrainer(() -> quizzes.quiz(module.slug()));
            assertThat(quiz.questions()).as(module.folder()).isNotEmpty();
            String yaml = QuizFileFormat.write(quiz.file());
            assertThat(QuizFileFormat.read(yaml)).as(module.folder()).contains(quiz.file());
            rewritten.add(module.with("quiz.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(rewritten).hasSize(20);

        assertThat(imports.check(current.replacing(rewritten))).isEmpty();
    }

    @Test
    void a_quiz_breaking_a_rule_is_not_saved_and_says_which_question() {
        QuizDraft quiz = asTrainer(() -> quizzes.quiz(MODULE));
        List<QuizQuestion> questions = new ArrayList<>(quiz.questions());
        QuizQuestion first = questions.getFirst();
        questions.set(
                0,
                new QuizQuestion(
                        first.id(),
                        QuestionType.SINGLE_CHOICE,
                        "",
                        first.prompt(),
                        first.choices().stream()
                                .map(choice -> new QuizQuestion.Choice(choice.text(), true, choice.feedback()))
                                .toList(),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        first.explanation(),
                        first.taughtIn(),
                        first.difficulty()));

        assertThatThrownBy(() -> asTrainer(() -> quizzes.saveQuiz(quiz.with(70, quiz.draw(), questions))))
                .isInstanceOfSatisfying(
                        QuizProblemsException.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.question()).isEqualTo(1);
                                    assertThat(problem.code()).isEqualTo("one-correct");
                                }));
        assertThat(asTrainer(() -> drafts.hasDraft(MODULE))).isFalse();
    }

    @Test
    void a_changed_quiz_keeps_earlier_passes_and_stamps() {
        String email = TestLearners.register(accounts, "quiz");
        long learner = TestLearners.accountId(jdbc, email);
        Timestamp when = Timestamp.from(Instant.now().minusSeconds(60));
        jdbc.update(
                "insert into module_progress (account_id, module_slug, best_score, quiz_passed_at, stamped_at,"
                        + " seconds_spent) values (?, ?, 80, ?, ?, 60)",
                learner,
                MODULE,
                when,
                when);
        QuizDraft quiz = asTrainer(() -> quizzes.quiz(MODULE));
        List<QuizQuestion> fewer = quiz.questions().subList(0, quiz.questions().size() - 1);

        asTrainer(() -> quizzes.saveQuiz(quiz.with(80, Optional.empty(), fewer)));
        assertThat(asTrainer(() -> publishing.publish(MODULE, "Quiz raccourci")).outcome())
                .isEqualTo(ImportOutcome.UPDATED);

        assertThat(curriculum.module(MODULE).orElseThrow().quizQuestionCount()).isEqualTo(fewer.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from module_progress where account_id = ? and module_slug = ?"
                                + " and quiz_passed_at is not null and stamped_at is not null",
                        Integer.class,
                        learner,
                        MODULE))
                .isEqualTo(1);
    }

    @Test
    void a_module_presentation_saved_then_published_reaches_learners() {
        ModuleInfoDraft info = asTrainer(() -> presentation.moduleInfo(MODULE));
        assertThat(info.objectives()).isNotEmpty();

        asTrainer(() -> presentation.saveModuleInfo(info.with(
                "Cybersécurité : les bons réflexes",
                info.summary(),
                info.durationMinutes(),
                info.level(),
                info.objectives(),
                info.tags(),
                info.introduction())));
        asTrainer(() -> publishing.publish(MODULE, ""));

        assertThat(curriculum.module(MODULE).orElseThrow().link().title())
                .isEqualTo("Cybersécurité : les bons réflexes");
        assertThat(history.publishedFiles(MODULE)
                        .orElseThrow()
                        .text("module.md")
                        .orElseThrow())
                .contains("slug: cybersecurite\n");
    }

    @Test
    void a_start_never_overwrites_a_trainers_edit_and_newer_files_are_offered_not_applied() throws Exception {
        LessonDraft lesson = asTrainer(() -> drafts.lesson(MODULE, "lessons/01-mots-de-passe.md"));
        asTrainer(() -> drafts.saveLesson(lesson.withText(
                lesson.title(), lesson.durationMinutes(), lesson.markdown() + "\n\nMot du formateur.")));
        asTrainer(() -> publishing.publish(MODULE, ""));

        assertThat(imports.importContent().outcome()).isNotEqualTo(ImportOutcome.FAILED);
        assertThat(lessonHtml()).contains("Mot du formateur.");

        Path content = temp.resolve("content");
        CurriculumFiles.read(Path.of("content")).writeTo(content);
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        try (var files = Files.walk(content)) {
            for (Path copied : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(copied, longAgo);
            }
        }
        Path file = content.resolve("modules/06-cybersecurite/lessons/01-mots-de-passe.md");
        Files.writeString(file, Files.readString(file) + "\nMot des fichiers.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        Path older = content.resolve("modules/04-bureautique/module.md");
        Files.writeString(older, Files.readString(older) + "\nAjout ancien.\n");
        Files.setLastModifiedTime(older, longAgo);

        assertThat(history.fileUpdates(content)).singleElement().satisfies(update -> {
            assertThat(update.moduleSlug()).isEqualTo(MODULE);
            assertThat(update.published().origin()).isEqualTo(PublicationOrigin.TRAINER);
        });
        assertThat(lessonHtml()).doesNotContain("Mot des fichiers.");

        assertThat(imports.applyFileUpdates(content, List.of(MODULE)).outcome()).isEqualTo(ImportOutcome.UPDATED);
        assertThat(lessonHtml()).contains("Mot des fichiers.").doesNotContain("Mot du formateur.");
        assertThat(history.fileUpdates(content)).isEmpty();
    }

    private String lessonHtml() {
        return curriculum.lesson(MODULE, "mots-de-passe").orElseThrow().html();
    }

    private static <T> T asTrainer(Supplier<T> call) {
        return SignedIn.as("formateur@example.org", AppRoles.TRAINER, call);
    }

    private static void asTrainer(Runnable call) {
        SignedIn.as("formateur@example.org", AppRoles.TRAINER, call);
    }
}
