package fr.passeportnumerique.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.quiz.QuizLockedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
    CurriculumService curriculum;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    private SignedInLearner learner;

    @BeforeEach
    void aNewLearner() {
        learner = SignedInLearner.register(context, "odile");
    }

    private List<LessonSummary> lessonsOf(String module) {
        return curriculum.module(module).orElseThrow().lessons();
    }

    private ProgressOverview overview() {
        return learner.does(() -> progress.overview());
    }

    private ModuleStanding standing(String module) {
        return learner.does(() -> progress.standing(module)).orElseThrow();
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

        learner.does(() -> activity.record(place, 42, 15));

        NextStep next = overview().nextStep();
        assertThat(next.kind()).isEqualTo(NextStep.Kind.RESUME_LESSON);
        assertThat(next.path()).isEqualTo("modules/" + NEEDS_FIRST + "/" + lesson);
        assertThat(learner.does(() -> activity.savedScroll(place))).hasValue(42);
        assertThat(learner.does(() -> activity.savedScroll(Place.lesson(FIRST, "autre"))))
                .isEmpty();
    }

    @Test
    void an_open_quiz_is_where_continuer_leads_once_the_lessons_are_read() {
        learner.readsAllLessons(FIRST);

        learner.does(() -> activity.record(Place.quiz(FIRST), 10, 15));

        assertThat(overview().nextStep().path()).isEqualTo("modules/" + FIRST + "/quiz");
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.QUIZ_TO_PASS);
    }

    @Test
    void active_time_adds_up_per_module_and_a_report_never_counts_more_than_its_interval() {
        Place place = Place.lesson(FIRST, lessonsOf(FIRST).getFirst().slug());

        learner.does(() -> activity.record(place, 10, 15));
        learner.does(() -> activity.record(place, 20, 15));
        learner.does(() -> activity.record(place, 30, 3600));
        learner.does(() -> activity.record(place, 30, -50));

        assertThat(standing(FIRST).secondsSpent()).isEqualTo(45);
        assertThat(overview().secondsSpent()).isEqualTo(45);
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.IN_PROGRESS);
    }

    @Test
    void reports_about_places_that_do_not_exist_are_ignored() {
        learner.does(() -> activity.record(Place.lesson("inconnu", "nulle-part"), 50, 15));
        learner.does(() -> activity.reachedEnd(Place.lesson(FIRST, "nulle-part")));

        assertThat(overview().secondsSpent()).isZero();
        assertThat(overview().lessonsDone()).isZero();
    }

    @Test
    void reaching_the_end_of_a_lesson_marks_it_done_once_and_publishes_lesson_completed() {
        String lesson = lessonsOf(FIRST).getFirst().slug();

        learner.does(() -> activity.reachedEnd(Place.lesson(FIRST, lesson)));
        learner.does(() -> activity.reachedEnd(Place.lesson(FIRST, lesson)));

        assertThat(learner.does(() -> learning.isLessonDone(FIRST, lesson))).isTrue();
        assertThat(events.stream(LessonCompleted.class))
                .singleElement()
                .satisfies(done -> assertThat(done.lessonSlug()).isEqualTo(lesson));
        assertThat(standing(FIRST).lessonsDone()).isEqualTo(1);
    }

    @Test
    void a_failed_attempt_counts_as_best_score_until_a_better_one() {
        learner.submits(learner.startsQuiz(FIRST), Map.of());
        assertThat(standing(FIRST).bestScore()).hasValue(0);

        learner.passesQuiz(FIRST);
        assertThat(standing(FIRST).bestScore()).hasValue(100);
    }

    @Test
    void a_quiz_stays_closed_until_its_prerequisites_are_completed_while_its_lessons_stay_open() {
        assertThat(standing(NEEDS_FIRST).missingPrerequisites())
                .extracting(link -> link.slug())
                .containsExactly(FIRST);
        assertThatThrownBy(() -> learner.startsQuiz(NEEDS_FIRST))
                .isInstanceOfSatisfying(
                        QuizLockedException.class,
                        locked -> assertThat(locked.missingModules()).containsExactly(FIRST));
        learner.does(() -> learning.completeLesson(
                NEEDS_FIRST, lessonsOf(NEEDS_FIRST).getFirst().slug()));

        learner.completes(FIRST);

        assertThat(standing(NEEDS_FIRST).isQuizLocked()).isFalse();
        assertThat(learner.startsQuiz(NEEDS_FIRST).questions()).isNotEmpty();
    }

    @Test
    void my_data_export_holds_progress_and_attempts_and_deleting_the_account_erases_them() {
        String lesson = lessonsOf(FIRST).getFirst().slug();
        learner.does(() -> learning.completeLesson(FIRST, lesson));
        learner.does(() -> activity.record(Place.lesson(FIRST, lesson), 64, 15));
        learner.submits(learner.startsQuiz(FIRST), Map.of());
        long id = TestLearners.accountId(jdbc, learner.email());

        String export = new String(learner.does(() -> personalData.exportMyData()), StandardCharsets.UTF_8);

        assertThat(export)
                .contains("\"lessonsDone\"", "\"lesson\" : \"" + lesson + "\"")
                .contains("\"secondsSpent\" : 15", "\"scrollPercent\" : 64")
                .contains("\"quizAttempts\"", "\"scorePercent\" : 0");

        learner.does(() -> personalData.deleteMyAccount());
        for (String table : List.of("lesson_completion", "module_progress", "learning_position", "quiz_attempt")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where account_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void a_completed_module_counts_in_the_overall_figures_and_the_next_step_moves_on() {
        learner.completes(FIRST);

        ProgressOverview overview = overview();
        assertThat(overview.completedCount()).isEqualTo(1);
        assertThat(standing(FIRST).status()).isEqualTo(ModuleStanding.Status.COMPLETED);
        assertThat(standing(FIRST).completedAt()).isPresent();
        assertThat(standing(FIRST).percent()).isEqualTo(100);
        assertThat(overview.percent()).isEqualTo((lessonsOf(FIRST).size() + 1) * 100 / (overview.lessonCount() + 20));
        assertThat(overview.nextStep().moduleSlug()).isNotEqualTo(FIRST);
    }
}
