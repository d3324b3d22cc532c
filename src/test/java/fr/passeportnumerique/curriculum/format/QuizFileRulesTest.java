package fr.passeportnumerique.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizFileRulesTest {

    private static final LessonSections LESSONS =
            new LessonSections(Map.of("une-lecon", List.of("Une partie", "Une autre partie")));

    private static QuizQuestion single(QuizQuestion.Choice... choices) {
        return rated(null, choices);
    }

    private static QuizQuestion rated(Integer difficulty, QuizQuestion.Choice... choices) {
        return new QuizQuestion(
                "choix",
                QuestionType.SINGLE_CHOICE,
                "",
                "Quelle réponse ?",
                List.of(choices),
                null,
                List.of(),
                List.of(),
                List.of(),
                "Parce que.",
                "une-lecon#Une partie",
                difficulty);
    }

    private static List<String> keys(List<QuizProblem> problems) {
        return problems.stream().map(QuizProblem::code).toList();
    }

    @Test
    void a_single_choice_question_has_exactly_one_right_answer() {
        QuizQuestion.Choice right = new QuizQuestion.Choice("Oui", true, "");
        QuizQuestion.Choice wrong = new QuizQuestion.Choice("Non", false, "");

        assertThat(QuizFileRules.check(single(right, wrong), 1, LESSONS)).isEmpty();
        assertThat(keys(QuizFileRules.check(single(right, right), 1, LESSONS))).containsExactly("one-correct");
        assertThat(keys(QuizFileRules.check(single(wrong, wrong), 1, LESSONS))).containsExactly("one-correct");
        assertThat(keys(QuizFileRules.check(single(right), 1, LESSONS))).containsExactly("choices");
    }

    @Test
    void a_matching_question_pairs_every_term_with_a_definition() {
        QuizQuestion matching = new QuizQuestion(
                "paires",
                QuestionType.MATCHING,
                "",
                "Associez",
                List.of(),
                null,
                List.of(),
                List.of(new QuizQuestion.Pair("RGPD", "Règlement européen"), new QuizQuestion.Pair("CNIL", "")),
                List.of(),
                "Explication",
                "une-lecon",
                null);

        assertThat(keys(QuizFileRules.check(matching, 2, LESSONS))).containsExactly("pair-incomplete");
        assertThat(QuizFileRules.check(matching, 2, LESSONS).getFirst().question())
                .isEqualTo(2);
    }

    @Test
    void a_difficulty_when_given_goes_from_one_to_five() {
        QuizQuestion.Choice right = new QuizQuestion.Choice("Oui", true, "");
        QuizQuestion.Choice wrong = new QuizQuestion.Choice("Non", false, "");

        assertThat(QuizFileRules.check(rated(null, right, wrong), 1, LESSONS)).isEmpty();
        assertThat(QuizFileRules.check(rated(1, right, wrong), 1, LESSONS)).isEmpty();
        assertThat(QuizFileRules.check(rated(5, right, wrong), 1, LESSONS)).isEmpty();
        assertThat(QuizFileRules.check(rated(0, right, wrong), 3, LESSONS))
                .containsExactly(new QuizProblem(3, "difficulty", QuizRule.DIFFICULTY, List.of(1, 5)));
        assertThat(keys(QuizFileRules.check(rated(6, right, wrong), 1, LESSONS)))
                .containsExactly("difficulty");
    }

    @Test
    void every_type_asks_for_its_own_answer() {
        QuizQuestion trueFalse = QuizQuestion.blank(QuestionType.TRUE_FALSE);
        assertThat(keys(QuizFileRules.check(trueFalse, 1, LESSONS))).contains("id", "prompt", "explanation", "answer");
        assertThat(keys(QuizFileRules.check(QuizQuestion.blank(QuestionType.ORDERING), 1, LESSONS)))
                .contains("items");
        assertThat(keys(QuizFileRules.check(QuizQuestion.blank(QuestionType.SHORT_ANSWER), 1, LESSONS)))
                .contains("accepted");
        assertThat(keys(QuizFileRules.check(QuizQuestion.blank(QuestionType.SCENARIO), 1, LESSONS)))
                .contains("situation", "choices");
        assertThat(keys(QuizFileRules.check(QuizQuestion.blank(QuestionType.MULTIPLE_CHOICE), 1, LESSONS)))
                .contains("some-correct");
    }

    @Test
    void texts_longer_than_the_limit_are_refused_once_per_field() {
        String tooLong = "x".repeat(QuizFileRules.TEXT_MAX_LENGTH + 1);
        QuizQuestion question =
                single(new QuizQuestion.Choice(tooLong, true, tooLong), new QuizQuestion.Choice("Non", false, ""));

        assertThat(QuizFileRules.check(question, 1, LESSONS))
                .containsExactly(
                        new QuizProblem(1, "choices", QuizRule.TOO_LONG, List.of(QuizFileRules.TEXT_MAX_LENGTH)));
    }

    @Test
    void the_quiz_as_a_whole_has_questions_unique_ids_and_a_sensible_draw() {
        QuizQuestion.Choice right = new QuizQuestion.Choice("Oui", true, "");
        QuizQuestion.Choice wrong = new QuizQuestion.Choice("Non", false, "");
        QuizFile quiz = new QuizFile(70, Optional.of(3), List.of(single(right, wrong), single(right, wrong)));

        assertThat(keys(QuizFileRules.check(quiz, LESSONS))).containsExactlyInAnyOrder("draw", "duplicate-id");
        assertThat(keys(QuizFileRules.check(new QuizFile(0, Optional.empty(), List.of()), LESSONS)))
                .containsExactlyInAnyOrder("pass-mark", "no-question");
    }

    @Test
    void a_question_names_a_section_of_the_modules_lessons() {
        QuizQuestion.Choice right = new QuizQuestion.Choice("Oui", true, "");
        QuizQuestion.Choice wrong = new QuizQuestion.Choice("Non", false, "");
        QuizQuestion question = single(right, wrong);

        assertThat(QuizFileRules.check(question.withTaughtIn("une-lecon#Une autre partie"), 1, LESSONS))
                .isEmpty();
        assertThat(QuizFileRules.check(question.withTaughtIn("une-lecon"), 1, LESSONS))
                .as("the lesson's opening")
                .isEmpty();
        assertThat(QuizFileRules.check(question.withTaughtIn(""), 1, LESSONS))
                .containsExactly(new QuizProblem(1, "taught_in", QuizRule.TAUGHT_IN, List.of()));
        assertThat(QuizFileRules.check(question.withTaughtIn("autre-lecon#Une partie"), 1, LESSONS))
                .containsExactly(new QuizProblem(1, "taught_in", QuizRule.TAUGHT_IN_LESSON, List.of("autre-lecon")));
        assertThat(QuizFileRules.check(question.withTaughtIn("une-lecon#Une partie oubliée"), 1, LESSONS))
                .containsExactly(new QuizProblem(
                        1, "taught_in", QuizRule.TAUGHT_IN_HEADING, List.of("Une partie oubliée", "une-lecon")));
    }
}
