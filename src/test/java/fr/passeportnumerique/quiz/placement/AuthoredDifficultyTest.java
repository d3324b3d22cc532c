package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoredDifficultyTest {

    @Test
    void a_harder_level_is_a_higher_logit_centred_on_level_three() {
        for (int level = 1; level < 5; level++) {
            assertThat(AuthoredDifficulty.logit(level + 1)).isGreaterThan(AuthoredDifficulty.logit(level));
        }
        assertThat(AuthoredDifficulty.logit(3)).isZero();
        assertThat(AuthoredDifficulty.logit(1)).isEqualTo(-AuthoredDifficulty.logit(5));
    }

    @Test
    void a_level_outside_one_to_five_is_refused() {
        assertThatThrownBy(() -> AuthoredDifficulty.logit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthoredDifficulty.logit(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_type_has_its_typical_difficulty_from_recognising_to_structuring() {
        assertThat(List.of(QuestionType.values()))
                .allSatisfy(type -> assertThat(AuthoredDifficulty.typical(type)).isBetween(1, 5));
        assertThat(AuthoredDifficulty.typical(QuestionType.TRUE_FALSE)).isEqualTo(1);
        assertThat(AuthoredDifficulty.typical(QuestionType.SINGLE_CHOICE)).isEqualTo(2);
        assertThat(AuthoredDifficulty.typical(QuestionType.MULTIPLE_CHOICE)).isEqualTo(3);
        assertThat(AuthoredDifficulty.typical(QuestionType.SHORT_ANSWER)).isEqualTo(3);
        assertThat(AuthoredDifficulty.typical(QuestionType.SCENARIO)).isEqualTo(3);
        assertThat(AuthoredDifficulty.typical(QuestionType.ORDERING)).isEqualTo(4);
        assertThat(AuthoredDifficulty.typical(QuestionType.MATCHING)).isEqualTo(4);
    }

    @Test
    void a_question_s_own_difficulty_wins_over_its_type_s() {
        QuizQuestion typical = QuizQuestion.blank(QuestionType.MATCHING);
        QuizQuestion rated = new QuizQuestion(
                "q", QuestionType.MATCHING, "", "", List.of(), null, List.of(), List.of(), List.of(), "", "", 2);

        assertThat(AuthoredDifficulty.level(typical)).isEqualTo(4);
        assertThat(AuthoredDifficulty.level(rated)).isEqualTo(2);
        assertThat(AuthoredDifficulty.logit(rated)).isEqualTo(AuthoredDifficulty.logit(2));
    }
}
