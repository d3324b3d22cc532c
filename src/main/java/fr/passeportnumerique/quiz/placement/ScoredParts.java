package fr.passeportnumerique.quiz.placement;

import fr.passeportnumerique.curriculum.format.QuizQuestion;

/**
 * How many parts the quiz's grading scores a question on, for partial credit: each choice of a multiple choice (ticked
 * or not), each pair of a matching, and for an ordering one fewer than its items (the pairs of items the grading
 * counts are not independent: n items in order hold n − 1 free relations). Other types are one part, right or wrong.
 */
public final class ScoredParts {

    private ScoredParts() {}

    public static int of(QuizQuestion question) {
        if (question.type() == null) {
            return 1;
        }
        return switch (question.type()) {
            case MULTIPLE_CHOICE -> Math.max(1, question.choices().size());
            case MATCHING -> Math.max(1, question.pairs().size());
            case ORDERING -> Math.max(1, question.items().size() - 1);
            case TRUE_FALSE, SINGLE_CHOICE, SCENARIO, SHORT_ANSWER -> 1;
        };
    }
}
