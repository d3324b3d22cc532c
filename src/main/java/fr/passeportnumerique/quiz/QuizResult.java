package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.util.List;
import java.util.Optional;

/**
 * A submitted attempt on a module's quiz: the percentage, whether it passes, and each question's score with its
 * explanation and the lesson section that teaches it.
 */
public record QuizResult(
        long attemptId,
        String moduleSlug,
        int scorePercent,
        int passMark,
        boolean passed,
        List<QuestionResult> questions) {

    /** One question of the attempt: what was answered, how it scored, and where its answer is taught. */
    public record QuestionResult(Question question, Answer answer, Score score, Optional<TaughtIn> taughtIn) {}
}
