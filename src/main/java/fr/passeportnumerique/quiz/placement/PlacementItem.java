package fr.passeportnumerique.quiz.placement;

/**
 * A question the placement test may ask: its module, its id in the module's quiz, its difficulty in logits (that of a
 * fully right answer) and the number of parts its grading scores ({@link ScoredParts}; 1 for right or wrong).
 */
public record PlacementItem(String moduleSlug, String questionId, double difficulty, int parts) {

    public PlacementItem {
        if (parts < 1) {
            throw new IllegalArgumentException("A question has at least one part");
        }
    }

    /** A question scored right or wrong as a whole. */
    public PlacementItem(String moduleSlug, String questionId, double difficulty) {
        this(moduleSlug, questionId, difficulty, 1);
    }

    public String key() {
        return moduleSlug + "/" + questionId;
    }
}
