package fr.passeportnumerique.quiz;

import java.util.List;

/** A submitted attempt: the percentage, whether it passes, and each question's score with its explanation. */
public record QuizResult(
        long attemptId, int scorePercent, int passMark, boolean passed, List<QuestionResult> questions) {

    /** One question of the attempt: what was answered and how it scored. */
    public record QuestionResult(Question question, Answer answer, Score score) {}
}
