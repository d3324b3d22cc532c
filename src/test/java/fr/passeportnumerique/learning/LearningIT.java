package fr.passeportnumerique.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class LearningIT {

    @Autowired
    LearningService learning;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private SignedInLearner learner;

    @BeforeEach
    void aNewLearner() {
        learner = SignedInLearner.register(context, "florence");
    }

    private Stamp stampOf(String module) {
        return learner.does(() -> learning.passport()).stream()
                .filter(stamp -> stamp.moduleSlug().equals(module))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void lessons_then_quiz_stamps_the_module_and_publishes_module_completed() {
        learner.readsAllLessons("premiers-pas");
        assertThat(stampOf("premiers-pas").isStamped()).isFalse();

        learner.passesQuiz("premiers-pas");

        Stamp stamp = stampOf("premiers-pas");
        assertThat(stamp.isStamped()).isTrue();
        assertThat(stamp.bestScore()).hasValue(100);
        assertThat(events.stream(ModuleCompleted.class))
                .singleElement()
                .satisfies(done -> assertThat(done.moduleSlug()).isEqualTo("premiers-pas"));
    }

    @Test
    void quiz_then_lessons_stamps_the_module_at_the_last_lesson() {
        learner.passesQuiz("premiers-pas");
        assertThat(stampOf("premiers-pas").isStamped()).isFalse();

        learner.readsAllLessons("premiers-pas");

        assertThat(stampOf("premiers-pas").isStamped()).isTrue();
        assertThat(stampOf("premiers-pas").lessonsDone())
                .isEqualTo(stampOf("premiers-pas").lessonCount());
    }

    @Test
    void finishing_a_lesson_twice_counts_once() {
        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from lesson_completion c join user_account a on"
                                + " a.id = c.account_id where a.email = ?",
                        Long.class,
                        learner.email()))
                .isEqualTo(1);
        assertThat(learner.does(() -> learning.isLessonDone("cybersecurite", "mots-de-passe")))
                .isTrue();
    }

    @Test
    void an_unknown_lesson_is_refused() {
        assertThatThrownBy(() -> learner.does(() -> learning.completeLesson("premiers-pas", "nope")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_passport_lists_every_module_of_the_curriculum() {
        List<Stamp> passport = learner.does(() -> learning.passport());

        assertThat(passport)
                .extracting(Stamp::moduleSlug)
                .containsExactlyElementsOf(
                        curriculum.modules().stream().map(ModuleSummary::slug).toList());
        assertThat(passport).noneMatch(Stamp::isStamped);
    }

    @Test
    void stamping_every_module_graduates_the_learner() {
        learner.graduates();

        assertThat(events.stream(ModuleCompleted.class))
                .hasSize(curriculum.modules().size());
        assertThat(events.stream(LearnerGraduated.class)).hasSize(1);
    }
}
