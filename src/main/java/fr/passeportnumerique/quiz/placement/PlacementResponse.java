package fr.passeportnumerique.quiz.placement;

/**
 * A question answered during a placement test, with the difficulty it had when asked (that of a fully right answer)
 * and the answer's score: the quiz's grading in [0, 1] over the question's {@code parts}, the units it grades one by
 * one ({@link ScoredParts}). A question of one part scores 0 or 1. The estimator counts score × parts of the parts as
 * right (partial credit, a binomial over the parts); {@link #correct()} still means fully right.
 */
public record PlacementResponse(String moduleSlug, String questionId, double difficulty, double score, int parts) {

    public PlacementResponse {
        if (!(score >= 0 && score <= 1) || parts < 1) {
            throw new IllegalArgumentException("A score lies in [0, 1] over at least one part");
        }
    }

    /** A question scored right or wrong as a whole (or whose partial credit is not to be used). */
    public PlacementResponse(String moduleSlug, String questionId, double difficulty, boolean correct) {
        this(moduleSlug, questionId, difficulty, correct ? 1 : 0, 1);
    }

    public boolean correct() {
        return score >= 1;
    }
}
