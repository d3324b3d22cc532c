package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionInformationTest {

    private final DecisionInformation open = new DecisionInformation(
            new ModuleEstimate("site", 0.3, 1.0, 0.42, 1, MasteryLevel.A_CONSOLIDER, false), 0.5);

    @Test
    void a_question_scored_on_four_parts_tells_more_than_one_scored_right_or_wrong() {
        double oneRightOrWrong = open.of(1.0, 1);
        double fourParts = open.of(1.0, 4);

        assertThat(oneRightOrWrong).isEqualTo(open.of(1.0)).isPositive();
        assertThat(fourParts).isGreaterThan(oneRightOrWrong).isLessThan(1);
    }

    @Test
    void a_question_far_too_easy_tells_almost_nothing_even_in_parts() {
        assertThat(open.of(-12, 4)).isNotNaN().isLessThan(0.001);
    }
}
