package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PartialCreditTest {

    private static PlacementResponse scored(double score, int parts) {
        return new PlacementResponse("site", "q1", 1.0, score, parts);
    }

    @Test
    void a_right_or_wrong_answer_is_one_part_scored_one_or_zero() {
        PlacementResponse right = new PlacementResponse("site", "q1", 1.0, true);
        PlacementResponse wrong = new PlacementResponse("site", "q1", 1.0, false);

        assertThat(right.score()).isEqualTo(1);
        assertThat(right.parts()).isEqualTo(1);
        assertThat(right.correct()).isTrue();
        assertThat(wrong.score()).isZero();
        assertThat(wrong.correct()).isFalse();
        assertThat(scored(0.75, 4).correct()).isFalse();
    }

    @Test
    void a_score_outside_zero_to_one_or_without_parts_is_refused() {
        assertThatThrownBy(() -> scored(1.5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scored(Double.NaN, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scored(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_part_has_the_rasch_likelihood() {
        assertThat(PartialCredit.likelihood(0.3, scored(1, 1))).isCloseTo(Rasch.probability(0.3, 1.0), within(1e-12));
        assertThat(PartialCredit.likelihood(0.3, scored(0, 1)))
                .isCloseTo(1 - Rasch.probability(0.3, 1.0), within(1e-12));
    }

    @Test
    void a_learner_at_the_difficulty_gets_every_part_right_half_the_time() {
        for (int parts = 1; parts <= 6; parts++) {
            assertThat(PartialCredit.likelihood(1.0, scored(1, parts))).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void parts_are_easier_than_the_whole_question() {
        assertThat(PartialCredit.partEase(1)).isZero();
        assertThat(PartialCredit.partEase(2)).isCloseTo(0.88, within(0.01));
        assertThat(PartialCredit.partEase(4)).isCloseTo(1.67, within(0.01));
    }
}
