package fr.passeportnumerique.quiz;

import java.time.Duration;

/**
 * The question a learner has on screen in their placement test: its place in the test (sent back with the answer,
 * so that a second submission of the same answer changes nothing), the time left, and the module it comes from.
 */
public record PlacementStep(
        long testId,
        int position,
        Duration timeLeft,
        String moduleSlug,
        int moduleNumber,
        String moduleTitle,
        QuizSession.Shown shown) {

    public int answered() {
        return position - 1;
    }
}
