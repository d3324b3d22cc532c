package fr.passeportnumerique.quiz;

import java.util.List;
import java.util.Map;

/**
 * An attempt in progress as the learner sees it: the questions in the order drawn, each with its choices or items
 * in the order shown ({@code order} holds their positions in the file), and the answers saved so far.
 */
public record QuizSession(
        long attemptId, String moduleSlug, int passMark, List<Shown> questions, Map<String, Answer> savedAnswers) {

    /** A question and the order its choices, items or definitions are shown in. */
    public record Shown(Question question, List<Integer> order) {}
}
