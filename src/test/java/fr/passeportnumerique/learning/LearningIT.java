package fr.passeportnumerique.learning;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class LearningIT {

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private String learner;

    @BeforeEach
    void aNewLearner() {
        learner = TestLearners.register(accounts, "florence");
    }

    private void readAllLessons(String module) {
        for (LessonSummary lesson : curriculum.module(module).orElseThrow().lessons()) {
            as(learner, AppRoles.LEARNER, () -> learning.completeLesson(module, lesson.slug()));
        }
    }

    private void passQuiz(String module) {
        QuizSession session = as(learner, AppRoles.LEARNER, () -> quizzes.start(module));
        as(learner, AppRoles.LEARNER, () -> quizzes.submit(session.attemptId(), RightAnswers.to(session)));
    }

    private Stamp stampOf(String module) {
        return as(learner, AppRoles.LEARNER, () -> learning.passport()).stream()
                .filter(stamp -> stamp.moduleSlug().equals(module))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lessons_then_quiz_stamps_the_module_and_publishes_module_completed() {
        readAllLessons("premiers-pas");
        assertThat(stampOf("premiers-pas").isStamped()).isFalse();

        passQuiz("premiers-pas");

        Stamp stamp = stampOf("premiers-pas");
        assertThat(stamp.isStamped()).isTrue();
        assertThat(stamp.bestScore()).hasValue(100);
        assertThat(events.stream(ModuleCompleted.class))
                .singleElement()
                .satisfies(done -> assertThat(done.moduleSlug()).isEqualTo("premiers-pas"));
    }

    @Test
    void quiz_then_lessons_stamps_the_module_at_the_last_lesson() {
        passQuiz("premiers-pas");
        assertThat(stampOf("premiers-pas").isStamped()).isFalse();

        readAllLessons("premiers-pas");

        assertThat(stampOf("premiers-pas").isStamped()).isTrue();
        assertThat(stampOf("premiers-pas").lessonsDone())
                .isEqualTo(stampOf("premiers-pas").lessonCount());
    }

    @Test
    void finishing_a_lesson_twice_counts_once() {
        as(learner, AppRoles.LEARNER, () -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        as(learner, AppRoles.LEARNER, () -> learning.completeLesson("cybersecurite", "mots-de-passe"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from lesson_completion c join user_account a on"
                                + " a.id = c.account_id where a.email = ?",
                        Long.class,
                        learner))
                .isEqualTo(1);
        assertThat(as(learner, AppRoles.LEARNER, () -> learning.isLessonDone("cybersecurite", "mots-de-passe")))
                .isTrue();
    }

    @Test
    void an_unknown_lesson_is_refused() {
        assertThatThrownBy(() -> as(learner, AppRoles.LEARNER, () -> learning.completeLesson("premiers-pas", "nope")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_passport_lists_every_module_of_the_curriculum() {
        List<Stamp> passport = as(learner, AppRoles.LEARNER, () -> learning.passport());

        assertThat(passport)
                .extracting(Stamp::moduleSlug)
                .containsExactlyElementsOf(
                        curriculum.modules().stream().map(ModuleSummary::slug).toList());
        assertThat(passport).noneMatch(Stamp::isStamped);
    }

    @Test
    void stamping_every_module_graduates_the_learner() {
        for (ModuleSummary module : curriculum.modules()) {
            readAllLessons(module.slug());
            passQuiz(module.slug());
        }

        assertThat(events.stream(ModuleCompleted.class))
                .hasSize(curriculum.modules().size());
        assertThat(events.stream(LearnerGraduated.class)).hasSize(1);
    }
}
