package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.Stamp;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The placement test through its services, on the shipped question banks and the real database. */
@IntegrationTest
class PlacementIT {

    private static final Function<Question, Answer> RIGHT = RightAnswers::of;
    private static final Function<Question, Answer> NOTHING = question -> new Answer.Typed("");

    @Autowired
    ApplicationContext context;

    @Autowired
    PlacementService placements;

    @Autowired
    PlacementResults results;

    @Autowired
    LearningService learning;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_learner_who_knows_everything_ends_with_modules_acquis_and_a_shorter_path() {
        SignedInLearner learner = SignedInLearner.register(context, "expert-du-numerique");

        int asked = learner.takesPlacementTest(RIGHT);

        PlacementOutcome outcome = learner.does(() -> results.mine()).orElseThrow();
        assertThat(outcome.questions()).isEqualTo(asked);
        assertThat(outcome.modules()).hasSize(20);
        assertThat(outcome.count(PlacementLevel.ACQUIS)).isGreaterThan(10);
        assertThat(outcome.count(PlacementLevel.A_DECOUVRIR)).isZero();
        assertThat(outcome.minutesSaved()).isGreaterThan(outcome.minutesInAll() / 2);
        assertThat(outcome.stop()).isNotEqualTo(PlacementStop.TIME);
    }

    @Test
    void a_learner_who_knows_nothing_has_modules_to_discover_and_nothing_to_skip() {
        SignedInLearner learner = SignedInLearner.register(context, "debutant");

        learner.takesPlacementTest(NOTHING);

        PlacementOutcome outcome = learner.does(() -> results.mine()).orElseThrow();
        assertThat(outcome.count(PlacementLevel.ACQUIS)).isZero();
        assertThat(outcome.count(PlacementLevel.A_DECOUVRIR)).isGreaterThan(10);
        assertThat(outcome.minutesSaved()).isZero();
        assertThat(outcome.modules())
                .filteredOn(module -> module.level() == PlacementLevel.A_DECOUVRIR)
                .allSatisfy(module -> assertThat(module.path()).isEqualTo(PathChoice.START));
    }

    @Test
    void an_answer_sent_twice_counts_once() {
        SignedInLearner learner = SignedInLearner.register(context, "double-clic");
        PlacementStep first = learner.does(() -> placements.start()).orElseThrow();
        Answer answer = RIGHT.apply(first.shown().question());

        PlacementStep second =
                learner.does(() -> placements.answer(first.testId(), 1, answer)).orElseThrow();
        PlacementStep again =
                learner.does(() -> placements.answer(first.testId(), 1, answer)).orElseThrow();

        assertThat(again.position()).isEqualTo(2);
        assertThat(again.shown().question().id())
                .isEqualTo(second.shown().question().id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from placement_answer where test_id = ?", Integer.class, first.testId()))
                .isEqualTo(1);
    }

    @Test
    void leaving_and_coming_back_shows_the_same_question_in_the_same_order() {
        SignedInLearner learner = SignedInLearner.register(context, "reprise");
        PlacementStep first = learner.does(() -> placements.start()).orElseThrow();

        PlacementStep resumed = learner.does(() -> placements.resume()).orElseThrow();
        PlacementStep startedAgain = learner.does(() -> placements.start()).orElseThrow();

        assertThat(resumed).isEqualTo(first);
        assertThat(startedAgain).isEqualTo(first);
    }

    @Test
    void a_learner_may_end_early_then_change_their_path() {
        SignedInLearner learner = SignedInLearner.register(context, "presse");
        PlacementStep step = learner.does(() -> placements.start()).orElseThrow();
        for (int i = 0; i < 3; i++) {
            PlacementStep shown = step;
            step = learner.does(() -> placements.answer(
                            shown.testId(),
                            shown.position(),
                            RIGHT.apply(shown.shown().question())))
                    .orElseThrow();
        }
        long testId = step.testId();

        learner.does(() -> placements.finishNow(testId));
        learner.does(() -> results.choosePath("cybersecurite", PathChoice.START));

        PlacementOutcome outcome = learner.does(() -> results.mine()).orElseThrow();
        assertThat(outcome.stop()).isEqualTo(PlacementStop.LEARNER);
        assertThat(outcome.questions()).isEqualTo(3);
        assertThat(outcome.modules())
                .filteredOn(module -> module.moduleSlug().equals("cybersecurite"))
                .singleElement()
                .satisfies(module -> {
                    assertThat(module.path()).isEqualTo(PathChoice.START);
                    assertThat(module.pathChosenByLearner()).isTrue();
                });
        assertThat(learner.does(() -> placements.resume())).isEmpty();
    }

    @Test
    void a_module_found_mastered_is_stamped_by_its_quiz_alone_and_the_passport_says_so() {
        SignedInLearner learner = SignedInLearner.register(context, "test-out");
        learner.takesPlacementTest(RIGHT);
        ModulePlacement mastered = learner.does(() -> results.mine()).orElseThrow().modules().stream()
                .filter(module -> module.level() == PlacementLevel.ACQUIS)
                .reduce((first, last) -> last)
                .orElseThrow();

        learner.passesQuiz(mastered.moduleSlug());

        Stamp stamp = learner.does(() -> learning.passport()).stream()
                .filter(candidate -> candidate.moduleSlug().equals(mastered.moduleSlug()))
                .findFirst()
                .orElseThrow();
        assertThat(stamp.isStamped()).isTrue();
        assertThat(stamp.validatedByQuiz()).isTrue();
        assertThat(stamp.lessonsDone()).isZero();
    }

    @Test
    void a_module_not_found_mastered_still_needs_its_lessons() {
        SignedInLearner learner = SignedInLearner.register(context, "pas-de-raccourci");
        learner.takesPlacementTest(NOTHING);

        learner.passesQuiz("premiers-pas");

        Stamp stamp = learner.does(() -> learning.passport()).getFirst();
        assertThat(stamp.isStamped()).isFalse();
    }

    @Test
    void the_placement_is_in_the_learners_export() {
        SignedInLearner learner = SignedInLearner.register(context, "export-placement");
        learner.takesPlacementTest(NOTHING);

        String export = new String(learner.does(() -> personalData.exportMyData()), StandardCharsets.UTF_8);

        assertThat(export).contains("\"placementTests\"").contains("A_DECOUVRIR");
    }
}
