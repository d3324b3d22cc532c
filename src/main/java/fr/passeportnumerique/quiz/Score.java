package fr.passeportnumerique.quiz;

/** The result of one question: points between 0 and 1, and whether the answer is fully right. */
public record Score(double points, boolean correct) {

    public static final Score WRONG = new Score(0, false);
    public static final Score RIGHT = new Score(1, true);

    public Score {
        if (points < 0 || points > 1) {
            throw new IllegalArgumentException("Points must be between 0 and 1: " + points);
        }
    }

    static Score partial(double points) {
        double bounded = Math.max(0, Math.min(1, points));
        return new Score(bounded, bounded >= 1);
    }
}
