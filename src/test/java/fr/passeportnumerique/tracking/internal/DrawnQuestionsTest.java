package fr.passeportnumerique.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawnQuestionsTest {

    private static final CohortGenerator.Module MODULE = new CohortGenerator.Module(
            "premiers-pas",
            List.of("une-lecon"),
            IntStream.rangeClosed(1, 13)
                    .mapToObj(n -> new CohortGenerator.QuizQuestion("q" + n, "Question " + n))
                    .toList(),
            10);

    @Test
    void an_attempt_answers_the_questions_its_quiz_draws_and_misses_as_many_as_its_score_says() {
        CohortRows rows = new CohortRows();
        DrawnQuestions questions = new DrawnQuestions(new Random(1), List.of(MODULE));

        questions.answer(rows, 7, MODULE, 70);

        assertThat(rows.questions).hasSize(10).allSatisfy((question, counts) -> {
            assertThat(question.point()).isEqualTo(7);
            assertThat(question.module()).isEqualTo("premiers-pas");
            assertThat(counts[0]).isEqualTo(1);
        });
        assertThat(rows.questions.values().stream()
                        .mapToLong(counts -> counts[1])
                        .sum())
                .isEqualTo(3);
    }

    @Test
    void over_many_attempts_some_questions_are_missed_far_more_often_than_others() {
        CohortRows rows = new CohortRows();
        DrawnQuestions questions = new DrawnQuestions(new Random(2), List.of(MODULE));

        IntStream.range(0, 400).forEach(n -> questions.answer(rows, 7, MODULE, 80));

        List<Double> missRates = rows.questions.values().stream()
                .map(counts -> counts[1] / (double) counts[0])
                .sorted()
                .toList();
        assertThat(missRates).hasSize(13);
        assertThat(missRates.getLast()).isGreaterThan(2 * missRates.getFirst());
    }
}
