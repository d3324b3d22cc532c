package fr.passeportnumerique.quiz.placement;

import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizQuestion;

/**
 * The difficulty a question starts with before calibration: the author's 1 to 5 from {@code quiz.yaml}, or its
 * type's typical one, placed on the Rasch scale one logit apart around 0 (level 3).
 */
public final class AuthoredDifficulty {

    public static final double LOGITS_PER_LEVEL = 1.0;
    private static final int MIDDLE = 3;

    private AuthoredDifficulty() {}

    public static double logit(int difficulty1to5) {
        if (difficulty1to5 < QuizQuestion.EASIEST || difficulty1to5 > QuizQuestion.HARDEST) {
            throw new IllegalArgumentException("A difficulty goes from 1 to 5, not " + difficulty1to5);
        }
        return (difficulty1to5 - MIDDLE) * LOGITS_PER_LEVEL;
    }

    /**
     * How hard a question of this type usually is: recognising (true or false, one choice) is easier than recalling
     * (a short answer), weighing several options (multiple choice, a scenario), or getting a whole structure right
     * (ordering, matching): the difficulty is always that of an entirely right answer, parts being easier.
     */
    public static int typical(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> 1;
            case SINGLE_CHOICE -> 2;
            case SHORT_ANSWER, SCENARIO, MULTIPLE_CHOICE -> 3;
            case MATCHING, ORDERING -> 4;
        };
    }

    /** The question's authored level: its own {@code difficulty}, or its type's typical one. */
    public static int level(QuizQuestion question) {
        return question.difficulty() != null ? question.difficulty() : typical(question.type());
    }

    public static double logit(QuizQuestion question) {
        return logit(level(question));
    }
}
