package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.LessonReview;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.PublicationOrigin;
import fr.passeportnumerique.curriculum.VersionInfo;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import fr.passeportnumerique.search.SearchHit;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trainers' drafts, publication, versions, rollback, locking and what learners see, on the shipped curriculum. */
@IntegrationTest
class AuthoringIT {

    static final String TRAINER = "formateur@example.org";
    static final String OTHER_TRAINER = "admin@example.org";
    static final String MODULE = "premiers-pas";
    static final String LESSON = "lessons/01-choisir-ses-appareils.md";
    static final List<String> REVERSED = List.of(
            "les-sauvegardes-encore",
            "mises-a-jour",
            "retrouver-un-fichier",
            "ranger-ses-fichiers",
            "choisir-ses-appareils");

    @Autowired
    DraftService drafts;

    @Autowired
    PublishingService publishing;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    ContentImportService imports;

    @Autowired
    SearchService search;

    @Autowired
    AccountService accounts;

    @Autowired
    QuizDraftService quizzes;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheShippedCurriculum() {
        asTrainer(() -> drafts.discard(MODULE));
        ShippedCurriculum.restore(imports);
    }

    @Test
    void a_draft_stays_out_of_learners_sight_until_the_module_is_published() {
        LessonDraft opened = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        assertThat(opened.status()).isEqualTo(ItemStatus.PUBLISHED);
        int versionsBefore = asTrainer(() -> publishing.versions(MODULE)).size();

        LessonDraft saved = asTrainer(() -> drafts.saveLesson(opened.withText(
                opened.title(),
                opened.durationMinutes(),
                opened.markdown() + "\n\nLe mot ornithorynque apparaît ici.")));

        assertThat(saved.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(lessonHtml()).doesNotContain("ornithorynque");
        assertThat(asTrainer(() -> drafts.tree()).getFirst().status()).isEqualTo(ItemStatus.DRAFT);

        ImportReport report = asTrainer(() -> publishing.publish(MODULE, "Un exemple de plus"));

        assertThat(report.outcome()).isEqualTo(ImportOutcome.UPDATED);
        assertThat(lessonHtml()).contains("ornithorynque");
        assertThat(search.search(SearchRequest.of("ornithorynque", 5)).hits())
                .extracting(SearchHit::answerKey)
                .containsExactly("premiers-pas/choisir-ses-appareils");
        List<VersionInfo> versions = asTrainer(() -> publishing.versions(MODULE));
        assertThat(versions).hasSize(versionsBefore + 1);
        assertThat(versions.getFirst().origin()).isEqualTo(PublicationOrigin.TRAINER);
        assertThat(versions.getFirst().note()).isEqualTo("Un exemple de plus");
        assertThat(asTrainer(() -> drafts.hasDraft(MODULE))).isFalse();
    }

    @Test
    void the_second_of_two_saves_from_the_same_start_is_refused_and_the_first_kept() {
        LessonDraft first = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        LessonDraft second = SignedIn.as(OTHER_TRAINER, AppRoles.ADMIN, () -> drafts.lesson(MODULE, LESSON));

        asTrainer(() -> drafts.saveLesson(first.withText("Titre du premier", 12, first.markdown())));

        assertThatThrownBy(() -> SignedIn.as(
                        OTHER_TRAINER,
                        AppRoles.ADMIN,
                        () -> drafts.saveLesson(second.withText("Titre du second", 12, second.markdown()))))
                .isInstanceOf(StaleDraftException.class);
        assertThat(asTrainer(() -> drafts.lesson(MODULE, LESSON)).title()).isEqualTo("Titre du premier");
        // Opened again, the second trainer's save passes.
        LessonDraft reopened = SignedIn.as(OTHER_TRAINER, AppRoles.ADMIN, () -> drafts.lesson(MODULE, LESSON));
        SignedIn.as(
                OTHER_TRAINER,
                AppRoles.ADMIN,
                () -> drafts.saveLesson(reopened.withText("Titre du second", 12, reopened.markdown())));
        assertThat(asTrainer(() -> drafts.lesson(MODULE, LESSON)).title()).isEqualTo("Titre du second");
    }

    @Test
    void a_draft_with_a_problem_is_not_published_and_stays() {
        LessonDraft opened = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        asTrainer(() -> drafts.saveLesson(opened.withText(
                opened.title(), opened.durationMinutes(), opened.markdown() + "\n\n![Schéma](media/absent.png)")));

        ImportReport report = asTrainer(() -> publishing.publish(MODULE, ""));

        assertThat(report.outcome()).isEqualTo(ImportOutcome.FAILED);
        assertThat(report.problems()).isNotEmpty();
        assertThat(report.problems().getFirst().location()).contains("01-choisir-ses-appareils.md");
        assertThat(asTrainer(() -> drafts.hasDraft(MODULE))).isTrue();
        assertThat(lessonHtml()).doesNotContain("absent.png");
    }

    @Test
    void a_lessons_check_date_and_sources_are_saved_and_published_with_it() {
        LessonDraft opened = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        assertThat(opened.reviewedOn()).isPresent();
        assertThat(opened.sources()).isNotEmpty();
        LocalDate checked = opened.reviewedOn().get().minusDays(1);
        List<String> sources = List.of("https://www.economie.gouv.fr/entreprises", "https://www.cnil.fr/fr");

        asTrainer(() -> drafts.saveLesson(opened.withReview(Optional.of(checked), sources)));
        asTrainer(() -> publishing.publish(MODULE, ""));

        LessonDraft reopened = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        assertThat(reopened.reviewedOn()).contains(checked);
        assertThat(reopened.sources()).isEqualTo(sources);
        assertThat(curriculum
                        .lesson(MODULE, "choisir-ses-appareils")
                        .orElseThrow()
                        .review())
                .contains(new LessonReview(checked, sources));
    }

    @Test
    void a_check_date_in_the_future_or_a_source_that_is_not_a_web_address_is_not_saved() {
        LessonDraft opened = asTrainer(() -> drafts.lesson(MODULE, LESSON));

        assertThatThrownBy(() -> asTrainer(() -> drafts.saveLesson(
                        opened.withReview(Optional.of(LocalDate.now().plusDays(2)), opened.sources()))))
                .isInstanceOf(AuthoringException.class)
                .hasMessage("authoring.error.reviewed-future");
        assertThatThrownBy(() ->
                        asTrainer(() -> drafts.saveLesson(opened.withReview(opened.reviewedOn(), List.of("cnil.fr")))))
                .isInstanceOf(AuthoringException.class)
                .hasMessage("authoring.error.source-address");
        assertThat(asTrainer(() -> drafts.hasDraft(MODULE))).isFalse();
    }

    @Test
    void an_earlier_version_comes_back_as_a_new_one_and_the_change_shows_in_the_comparison() {
        String before = lessonHtml();
        LessonDraft opened = asTrainer(() -> drafts.lesson(MODULE, LESSON));
        asTrainer(() -> drafts.saveLesson(opened.withText(
                opened.title(), opened.durationMinutes(), opened.markdown() + "\n\nUne ligne ajoutée.")));
        asTrainer(() -> publishing.publish(MODULE, ""));
        List<VersionInfo> versions = asTrainer(() -> publishing.versions(MODULE));
        VersionInfo newer = versions.get(0);
        VersionInfo older = versions.get(1);

        List<DiffLine> diff = asTrainer(() -> publishing.compare(older.id(), newer.id(), LESSON));
        assertThat(diff).contains(new DiffLine(DiffLine.Kind.ADDED, "Une ligne ajoutée."));
        assertThat(diff).noneMatch(line -> line.kind() == DiffLine.Kind.REMOVED);

        ImportReport rolledBack = asTrainer(() -> publishing.rollback(MODULE, older.id()));

        assertThat(rolledBack.outcome()).isEqualTo(ImportOutcome.UPDATED);
        assertThat(lessonHtml()).isEqualTo(before);
        List<VersionInfo> after = asTrainer(() -> publishing.versions(MODULE));
        assertThat(after).hasSize(versions.size() + 1);
        assertThat(after.getFirst().origin()).isEqualTo(PublicationOrigin.ROLLBACK);
        assertThat(after.getFirst().contentHash()).isEqualTo(older.contentHash());
    }

    @Test
    void lessons_are_added_reordered_and_removed_with_stable_slugs() {
        String added = asTrainer(() -> drafts.addLesson(MODULE, "Les sauvegardes, encore"));
        assertThat(added).isEqualTo("lessons/05-les-sauvegardes-encore.md");
        ModuleNode module = asTrainer(() -> drafts.module(MODULE));
        assertThat(module.lessons()).hasSize(5);
        assertThat(module.lessons().getLast().status()).isEqualTo(ItemStatus.NEW);

        List<String> reversed = module.lessons().stream()
                .map(ModuleNode.LessonNode::path)
                .toList()
                .reversed();
        asTrainer(() -> drafts.reorderLessons(MODULE, reversed));
        ModuleNode reordered = asTrainer(() -> drafts.module(MODULE));
        assertThat(reordered.lessons()).extracting(ModuleNode.LessonNode::slug).containsExactlyElementsOf(REVERSED);

        ImportReport withoutSources = asTrainer(() -> publishing.publish(MODULE, ""));
        assertThat(withoutSources.outcome()).as("a lesson without sources").isEqualTo(ImportOutcome.FAILED);
        assertThat(withoutSources.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).contains("01-les-sauvegardes-encore.md");
            assertThat(problem.code()).isEqualTo("missing-field");
            assertThat(problem.arguments()).containsExactly("sources");
        });
        LessonDraft newLesson = asTrainer(() -> drafts.lesson(MODULE, "lessons/01-les-sauvegardes-encore.md"));
        assertThat(newLesson.reviewedOn()).as("written today by its author").isPresent();
        asTrainer(() -> drafts.saveLesson(newLesson.withReview(
                newLesson.reviewedOn(), List.of("https://www.cybermalveillance.gouv.fr/tous-nos-contenus"))));

        asTrainer(() -> publishing.publish(MODULE, ""));

        assertThat(curriculum.module(MODULE).orElseThrow().lessons())
                .extracting(LessonSummary::slug)
                .containsExactlyElementsOf(REVERSED);
    }

    @Test
    void a_removed_lesson_no_longer_stands_between_a_learner_and_the_stamp() {
        String email = TestLearners.register(accounts, "auteur");
        long learner = TestLearners.accountId(jdbc, email);
        Timestamp when = Timestamp.from(Instant.now().minusSeconds(60));
        for (String lesson : List.of("choisir-ses-appareils", "ranger-ses-fichiers", "retrouver-un-fichier")) {
            jdbc.update(
                    "insert into lesson_completion (account_id, module_slug, lesson_slug, completed_at)"
                            + " values (?, ?, ?, ?)",
                    learner,
                    MODULE,
                    lesson,
                    when);
        }
        jdbc.update(
                "insert into module_progress (account_id, module_slug, best_score, quiz_passed_at, seconds_spent)"
                        + " values (?, ?, 90, ?, 60)",
                learner,
                MODULE,
                when);

        asTrainer(() -> drafts.removeLesson(MODULE, "lessons/04-mises-a-jour.md"));
        ImportReport quizStillCitesIt = asTrainer(() -> publishing.publish(MODULE, ""));
        assertThat(quizStillCitesIt.problems())
                .as("questions taught in the removed lesson")
                .extracting(ContentProblem::code, problem -> problem.arguments().getFirst())
                .containsOnly(tuple("quiz-taught-in-lesson", "mises-a-jour"));
        QuizDraft quiz = asTrainer(() -> quizzes.quiz(MODULE));
        List<QuizQuestion> kept = quiz.questions().stream()
                .filter(question -> !question.taughtIn().startsWith("mises-a-jour"))
                .toList();
        asTrainer(() -> quizzes.saveQuiz(quiz.with(quiz.passMark(), Optional.of(kept.size()), kept)));
        assertThat(asTrainer(() -> publishing.publish(MODULE, "")).outcome()).isEqualTo(ImportOutcome.UPDATED);

        assertThat(jdbc.queryForObject(
                        "select stamped_at is not null from module_progress where account_id = ? and module_slug = ?",
                        Boolean.class,
                        learner,
                        MODULE))
                .isTrue();
    }

    @Test
    void a_rollback_waits_for_the_draft_to_be_published_or_dropped() {
        VersionInfo current = asTrainer(() -> publishing.versions(MODULE)).getFirst();
        asTrainer(() -> drafts.addLesson(MODULE, "Brouillon en cours"));

        assertThatThrownBy(() -> asTrainer(() -> publishing.rollback(MODULE, current.id())))
                .isInstanceOf(AuthoringException.class)
                .hasMessage("authoring.error.rollback-with-draft");
    }

    private String lessonHtml() {
        return curriculum.lesson(MODULE, "choisir-ses-appareils").orElseThrow().html();
    }

    private static <T> T asTrainer(Supplier<T> call) {
        return SignedIn.as(TRAINER, AppRoles.TRAINER, call);
    }

    private static void asTrainer(Runnable call) {
        SignedIn.as(TRAINER, AppRoles.TRAINER, call);
    }
}
