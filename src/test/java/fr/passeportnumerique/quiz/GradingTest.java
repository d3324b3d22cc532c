package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static final List<Choice> ONE_RIGHT = List.of(
            new Choice("Un gestionnaire de mots de passe", true, ""),
            new Choice("Un carnet dans le tiroir", false, "Il peut être lu par n'importe qui."),
            new Choice("Le même mot de passe partout", false, ""));
    private static final List<Choice> TWO_RIGHT = List.of(
            new Choice("La facture", true, ""),
            new Choice("Le devis", true, ""),
            new Choice("La recette de la galette", false, ""),
            new Choice("Le planning des congés", false, ""));

    private final Question single = new Question.SingleChoice("q1", "?", ONE_RIGHT, "");
    private final Question multiple = new Question.MultipleChoice("q2", "?", TWO_RIGHT, "");
    private final Question ordering = new Question.Ordering("q3", "?", List.of("a", "b", "c", "d"), "");
    private final Question matching = new Question.Matching(
            "q4",
            "?",
            List.of(
                    new Question.Matching.Pair("HTTPS", "connexion chiffrée"),
                    new Question.Matching.Pair("Phishing", "courriel piégé"),
                    new Question.Matching.Pair("Sauvegarde", "copie à part")),
            "");
    private final Question shortAnswer = new Question.ShortAnswer("q5", "?", List.of("hameçonnage", "phishing"), "");

    @Test
    void single_choice_needs_the_one_right_choice_alone() {
        assertThat(Grading.grade(single, new Answer.Chosen(Set.of(0)))).isEqualTo(Score.RIGHT);
        assertThat(Grading.grade(single, new Answer.Chosen(Set.of(1)))).isEqualTo(Score.WRONG);
        assertThat(Grading.grade(single, new Answer.Chosen(Set.of(0, 1)))).isEqualTo(Score.WRONG);
        assertThat(Grading.grade(single, new Answer.Chosen(Set.of()))).isEqualTo(Score.WRONG);
    }

    @Test
    void multiple_choice_gives_partial_credit_and_takes_back_for_wrong_ticks() {
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of(0, 1)))).isEqualTo(Score.RIGHT);
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of(0)))).isEqualTo(new Score(0.5, false));
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of(0, 1, 2)))).isEqualTo(new Score(0.5, false));
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of(0, 2, 3)))).isEqualTo(Score.WRONG);
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of(0, 1, 2, 3))))
                .isEqualTo(Score.WRONG);
        assertThat(Grading.grade(multiple, new Answer.Chosen(Set.of()))).isEqualTo(Score.WRONG);
    }

    @Test
    void true_false_needs_the_right_value_and_no_answer_is_wrong() {
        Question statement = new Question.TrueFalse("q6", "Le cadenas garantit que le site est honnête.", false, "");
        assertThat(Grading.grade(statement, new Answer.TrueOrFalse(false))).isEqualTo(Score.RIGHT);
        assertThat(Grading.grade(statement, new Answer.TrueOrFalse(true))).isEqualTo(Score.WRONG);
        assertThat(Grading.grade(statement, new Answer.TrueOrFalse(null))).isEqualTo(Score.WRONG);
    }

    @Test
    void ordering_gives_a_share_for_each_pair_of_items_in_the_right_order() {
        assertThat(Grading.grade(ordering, new Answer.Ordered(List.of(0, 1, 2, 3))))
                .isEqualTo(Score.RIGHT);
        // Six pairs; swapping the last two puts one pair out of order.
        assertThat(Grading.grade(ordering, new Answer.Ordered(List.of(0, 1, 3, 2)))
                        .points())
                .isCloseTo(5.0 / 6, within(1e-9));
        assertThat(Grading.grade(ordering, new Answer.Ordered(List.of(3, 2, 1, 0))))
                .isEqualTo(Score.WRONG);
    }

    @Test
    void one_item_put_last_does_not_zero_the_rest_which_are_still_in_order() {
        // Every item is out of its place, yet b, c, d keep their order: three pairs of six are right.
        Score firstMovedLast = Grading.grade(ordering, new Answer.Ordered(List.of(1, 2, 3, 0)));

        assertThat(firstMovedLast.points()).isCloseTo(0.5, within(1e-9));
        assertThat(firstMovedLast.correct()).isFalse();
    }

    @Test
    void an_ordering_with_missing_or_repeated_items_scores_nothing() {
        assertThat(Grading.grade(ordering, new Answer.Ordered(List.of(0, 1, 2))))
                .isEqualTo(Score.WRONG);
        assertThat(Grading.grade(ordering, new Answer.Ordered(List.of(0, 0, 2, 3))))
                .isEqualTo(Score.WRONG);
    }

    @Test
    void matching_gives_a_share_for_each_right_pair() {
        assertThat(Grading.grade(matching, new Answer.Matched(Map.of(0, 0, 1, 1, 2, 2))))
                .isEqualTo(Score.RIGHT);
        assertThat(Grading.grade(matching, new Answer.Matched(Map.of(0, 0, 1, 2, 2, 1)))
                        .points())
                .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Grading.grade(matching, new Answer.Matched(Map.of()))).isEqualTo(Score.WRONG);
    }

    @Test
    void short_answer_ignores_case_accents_punctuation_and_a_small_typo() {
        for (String typed : List.of(
                "hameçonnage",
                "HAMECONNAGE",
                "  l'hameconnage ".replace("l'", ""),
                "Phishing !",
                "hameconage",
                "phising")) {
            assertThat(Grading.grade(shortAnswer, new Answer.Typed(typed)))
                    .as(typed)
                    .isEqualTo(Score.RIGHT);
        }
    }

    @Test
    void short_answer_refuses_other_words_and_empty_input() {
        for (String typed : List.of("rançongiciel", "", "   ", "!!!", "hamburger")) {
            assertThat(Grading.grade(shortAnswer, new Answer.Typed(typed)))
                    .as(typed)
                    .isEqualTo(Score.WRONG);
        }
        assertThat(Grading.grade(shortAnswer, new Answer.Typed(null))).isEqualTo(Score.WRONG);
    }

    @Test
    void short_words_allow_no_typo() {
        Question shortWord = new Question.ShortAnswer("q7", "?", List.of("cloud"), "");
        assertThat(Grading.grade(shortWord, new Answer.Typed("Cloud"))).isEqualTo(Score.RIGHT);
        assertThat(Grading.grade(shortWord, new Answer.Typed("clouds"))).isEqualTo(Score.RIGHT);
        Question tiny = new Question.ShortAnswer("q8", "?", List.of("RGPD"), "");
        assertThat(Grading.grade(tiny, new Answer.Typed("RGDP"))).isEqualTo(Score.WRONG);
    }

    @Test
    void an_answer_of_the_wrong_kind_scores_nothing() {
        assertThat(Grading.grade(single, new Answer.Typed("Un gestionnaire de mots de passe")))
                .isEqualTo(Score.WRONG);
        assertThat(Grading.grade(ordering, new Answer.Chosen(Set.of(0)))).isEqualTo(Score.WRONG);
    }
}
