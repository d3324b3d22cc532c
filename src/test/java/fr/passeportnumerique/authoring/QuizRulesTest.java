package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizRulesTest {

    private static QuestionDraft single(QuestionDraft.Choice... choices) {
        return new QuestionDraft(
                "choix",
                QuestionType.SINGLE_CHOICE,
                "",
                "Quelle réponse ?",
                List.of(choices),
                null,
                List.of(),
                List.of(),
                List.of(),
                "Parce que.");
    }

    private static List<String> keys(List<QuizRules.Problem> problems) {
        return problems.stream().map(QuizRules.Problem::messageKey).toList();
    }

    @Test
    void a_single_choice_question_has_exactly_one_right_answer() {
        QuestionDraft.Choice right = new QuestionDraft.Choice("Oui", true, "");
        QuestionDraft.Choice wrong = new QuestionDraft.Choice("Non", false, "");

        assertThat(QuizRules.check(single(right, wrong), 1)).isEmpty();
        assertThat(keys(QuizRules.check(single(right, right), 1))).containsExactly("quiz-rules.one-correct");
        assertThat(keys(QuizRules.check(single(wrong, wrong), 1))).containsExactly("quiz-rules.one-correct");
        assertThat(keys(QuizRules.check(single(right), 1))).containsExactly("quiz-rules.choices");
    }

    @Test
    void a_matching_question_pairs_every_term_with_a_definition() {
        QuestionDraft matching = new QuestionDraft(
                "paires",
                QuestionType.MATCHING,
                "",
                "Associez",
                List.of(),
                null,
                List.of(),
                List.of(new QuestionDraft.Pair("RGPD", "Règlement européen"), new QuestionDraft.Pair("CNIL", "")),
                List.of(),
                "Explication");

        assertThat(keys(QuizRules.check(matching, 2))).containsExactly("quiz-rules.pair-incomplete");
        assertThat(QuizRules.check(matching, 2).getFirst().question()).isEqualTo(2);
    }

    @Test
    void every_type_asks_for_its_own_answer() {
        QuestionDraft trueFalse = QuestionDraft.blank(QuestionType.TRUE_FALSE);
        assertThat(keys(QuizRules.check(trueFalse, 1)))
                .contains("quiz-rules.id", "quiz-rules.prompt", "quiz-rules.explanation", "quiz-rules.answer");
        assertThat(keys(QuizRules.check(QuestionDraft.blank(QuestionType.ORDERING), 1)))
                .contains("quiz-rules.items");
        assertThat(keys(QuizRules.check(QuestionDraft.blank(QuestionType.SHORT_ANSWER), 1)))
                .contains("quiz-rules.accepted");
        assertThat(keys(QuizRules.check(QuestionDraft.blank(QuestionType.SCENARIO), 1)))
                .contains("quiz-rules.situation", "quiz-rules.choices");
        assertThat(keys(QuizRules.check(QuestionDraft.blank(QuestionType.MULTIPLE_CHOICE), 1)))
                .contains("quiz-rules.some-correct");
    }

    @Test
    void the_quiz_as_a_whole_has_questions_unique_ids_and_a_sensible_draw() {
        QuestionDraft.Choice right = new QuestionDraft.Choice("Oui", true, "");
        QuestionDraft.Choice wrong = new QuestionDraft.Choice("Non", false, "");
        QuizDraft quiz = new QuizDraft(
                "m",
                70,
                Optional.of(3),
                List.of(single(right, wrong), single(right, wrong)),
                ItemStatus.DRAFT,
                Optional.empty());

        assertThat(keys(QuizRules.check(quiz))).containsExactlyInAnyOrder("quiz-rules.draw", "quiz-rules.duplicate-id");
        assertThat(keys(QuizRules.check(quiz.with(0, Optional.empty(), List.of()))))
                .containsExactlyInAnyOrder("quiz-rules.pass-mark", "quiz-rules.no-question");
    }
}
