package fr.passeportnumerique.learning;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.quiz.QuizLockedException;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Progress as learners see it: where they stopped, time spent, statuses, prerequisites and the next step. */
@IntegrationTest
@RecordApplicationEvents
class ProgressIT {

    private static final String FIRST = "premiers-pas";
    private static final String NEEDS_FIRST = "cybersecurite";

    @Autowired
    ProgressService progress;

    @Autowired
    LearnerActivity activity;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    private String learner;

    @BeforeEach
    void aNewLearner() {
        learner = TestLearners.register(accounts, "odile");
    }

    private List<LessonSummary> lessonsOf(String module) {
        return curriculum.module(module).orElseThrow().lessons();
    }

    private ProgressOverview overview() {
        return as(learner, AppRoles.LEARNER, () -> progress.overview());
    }

    private ModuleStanding standing(String module) {
        return as(learner, AppRoles.LEARNER, () -> progress.standing(module)).orElseThrow();
    }

    private void complete(String module) {
        lessonsOf(module)
                .forEach(lesson -> as(learner, AppRoles.LEARNER, () -> learning.completeLesson(module, lesson.slug())));
        QuizSession session = as(learner, AppRoles.LEARNER, () -> quizzes.start(module));
        as(learner, AppRoles.LEARNER, () -> quizzes.submit(session.attemptId(), RightAnswers.to(session)));
    }

    @Test
    void a_new_learner_has_nothing_done_and_starts_at_the_first_lesson() {
        ProgressOverview overview = overview();

        assertThat(overview.percent()).isZero();
        assertThat(overview.secondsSpent()).isZero();
        assertThat(overview.hasStarted()).isFalse();
        assertThat(overview.modules()).hasSize(20).allMatch(m -> m.status() == ModuleStanding.Status.NOT_STARTED);
        assertThat(overview.nextStep().path())
                .isEqualTo(
                        "modules/" + FIRST + "/" + lessonsOf(FIRST).getFirst().slug());
    }

    @Test
    void continuer_returns_to_the_lesson_and_scroll_position_where_the_learner_stopped() {
        String lesson = lessonsOf(NEEDS_FIRST).get(1).slug();
        Place place = Place.lesson(NEEDS_FIRST, lesson);

        as(learner, AppRoles.LEARNER, () -> activity.record(place, 42, 15));

        NextStep next = overview().nextStep();
        assertThat(next.kind()).isEqualTo(NextStep.Kind.RESUME_LESSON);
        assertThat(next.path()).isEqualTo("modules/" + NEEDS_FIRST + "/" + lesson);
        assertThat(as(learner, AppRoles.LEARNER, () -> activity.savedScroll(place)))
                .hasValue(42);
        assertThat(as(learner, AppRoles.LEARNER, () -> activity.savedScroll(Place.lesson(FIRST, "autre"))))
                .isEmpty();
    }

    @Test
    void an_open_quiz_is_where_continuer_leads_once_the_lessons_are_read() {
        lessonsOf(FIRST)
                .forEach(lesson -> as(learner, AppRoles.LEARNER, () -> learning.completeLesson(FIRST, lesson.slug())));

        as(learner, AppRoles.LEARNER, () -> activity.record(Place.quiz(FIRST), 10, 15));

        assertThat(overview().nextStep().path()).isEqualTo("modules/" + FIRST + "/quiz");
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.QUIZ_TO_PASS);
    }

    @Test
    void active_time_adds_up_per_module_and_a_report_never_counts_more_than_its_interval() {
        Place place = Place.lesson(FIRST, lessonsOf(FIRST).getFirst().slug());

        as(learner, AppRoles.LEARNER, () -> activity.record(place, 10, 15));
        as(learner, AppRoles.LEARNER, () -> activity.record(place, 20, 15));
        as(learner, AppRoles.LEARNER, () -> activity.record(place, 30, 3600));
        as(learner, AppRoles.LEARNER, () -> activity.record(place, 30, -50));

        assertThat(standing(FIRST).secondsSpent()).isEqualTo(45);
        assertThat(overview().secondsSpent()).isEqualTo(45);
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.IN_PROGRESS);
    }

    @Test
    void reports_about_places_that_do_not_exist_are_ignored() {
        as(learner, AppRoles.LEARNER, () -> activity.record(Place.lesson("inconnu", "nulle-part"), 50, 15));
        as(learner, AppRoles.LEARNER, () -> activity.reachedEnd(Place.lesson(FIRST, "nulle-part")));

        assertThat(overview().secondsSpent()).isZero();
        assertThat(overview().lessonsDone()).isZero();
    }

    @Test
    void reaching_the_end_of_a_lesson_marks_it_done_once_and_publishes_lesson_completed() {
        String lesson = lessonsOf(FIRST).getFirst().slug();

        as(learner, AppRoles.LEARNER, () -> activity.reachedEnd(Place.lesson(FIRST, lesson)));
        as(learner, AppRoles.LEARNER, () -> activity.reachedEnd(Place.lesson(FIRST, lesson)));

        assertThat(as(learner, AppRoles.LEARNER, () -> learning.isLessonDone(FIRST, lesson)))
                .isTrue();
        assertThat(events.stream(LessonCompleted.class))
                .singleElement()
                .satisfies(done -> assertThat(done.lessonSlug()).isEqualTo(lesson));
        assertThat(standing(FIRST).lessonsDone()).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_counts_as_best_score_until_a_better_one() {
        QuizSession failed = as(learner, AppRoles.LEARNER, () -> quizzes.start(FIRST));
        as(learner, AppRoles.LEARNER, () -> quizzes.submit(failed.attemptId(), Map.of()));
        assertThat(standing(FIRST).bestScore()).hasValue(0);

        QuizSession passed = as(learner, AppRoles.LEARNER, () -> quizzes.start(FIRST));
        as(learner, AppRoles.LEARNER, () -> quizzes.submit(passed.attemptId(), RightAnswers.to(passed)));
        assertThat(standing(FIRST).bestScore()).hasValue(100);
    }

    @Test
    void a_quiz_stays_closed_until_its_prerequisites_are_completed_while_its_lessons_stay_open() {
        assertThat(standing(NEEDS_FIRST).missingPrerequisites())
                .extracting(link -> link.slug())
                .containsExactly(FIRST);
        assertThatThrownBy(() -> as(learner, AppRoles.LEARNER, () -> quizzes.start(NEEDS_FIRST)))
                .isInstanceOfSatisfying(
                        QuizLockedException.class,
                        locked -> assertThat(locked.missingModules()).containsExactly(FIRST));
        as(
                learner,
                AppRoles.LEARNER,
                () -> learning.completeLesson(
                        NEEDS_FIRST, lessonsOf(NEEDS_FIRST).getFirst().slug()));

        complete(FIRST);

        assertThat(standing(NEEDS_FIRST).isQuizLocked()).isFalse();
        assertThat(as(learner, AppRoles.LEARNER, () -> quizzes.start(NEEDS_FIRST))
                        .questions())
                .isNotEmpty();
    }

    @Test
    void my_data_export_holds_progress_and_attempts_and_deleting_the_account_erases_them() {
        String lesson = lessonsOf(FIRST).getFirst().slug();
        as(learner, AppRoles.LEARNER, () -> learning.completeLesson(FIRST, lesson));
        as(learner, AppRoles.LEARNER, () -> activity.record(Place.lesson(FIRST, lesson), 64, 15));
        QuizSession session = as(learner, AppRoles.LEARNER, () -> quizzes.start(FIRST));
        as(learner, AppRoles.LEARNER, () -> quizzes.submit(session.attemptId(), Map.of()));
        long id = TestLearners.accountId(jdbc, learner);

        String export =
                new String(as(learner, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);

        assertThat(export)
                .contains("\"lessonsDone\"", "\"lesson\" : \"" + lesson + "\"")
                .contains("\"secondsSpent\" : 15", "\"scrollPercent\" : 64")
                .contains("\"quizAttempts\"", "\"scorePercent\" : 0");

        as(learner, AppRoles.LEARNER, () -> personalData.deleteMyAccount());
        for (String table : List.of("lesson_completion", "module_progress", "learning_position", "quiz_attempt")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void a_completed_module_counts_in_the_overall_figures_and_the_next_step_moves_on() {
        complete(FIRST);

        ProgressOverview overview = overview();
        assertThat(overview.completedCount()).isEqualTo(1);
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.COMPLETED);
        assertThat(standing(FIRST).completedAt()).isPresent();
        assertThat(standing(FIRST).percent()).isEqualTo(100);
        assertThat(overview.percent()).isEqualTo((lessonsOf(FIRST).size() + 1) * 100 / (overview.lessonCount() + 20));
        assertThat(overview.nextStep().moduleSlug()).isNotEqualTo(FIRST);
    }
}
