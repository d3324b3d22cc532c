package fr.passeportnumerique.quiz;

import java.util.List;

/**
 * A learner's attempt was graded, passed or not, with each question's outcome (for the welcome points' figures of
 * the questions most often missed). Published once per attempt. {@code validatesModule}: passed after a placement
 * test found the module already mastered, the quiz alone validates the module (« validé par le quiz »).
 */
public record QuizGraded(
        long accountId,
        String moduleSlug,
        int scorePercent,
        boolean passed,
        List<Outcome> outcomes,
        boolean validatesModule) {

    public QuizGraded {
        outcomes = List.copyOf(outcomes);
    }

    /** One question of the attempt: its id and prompt, and whether the answer was fully right. */
    public record Outcome(String questionId, String prompt, boolean correct) {}
}
