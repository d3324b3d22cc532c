package fr.passeportnumerique.quiz.placement;

/**
 * One answer to calibrate a question on: the item's key ({@link PlacementItem#key()}), the answerer's ability in the
 * item's module (logits) and the answer's score over the question's parts, as in {@link PlacementResponse}.
 */
public record CalibrationObservation(String itemKey, double ability, double score, int parts) {

    /** An answer right or wrong as a whole. */
    public CalibrationObservation(String itemKey, double ability, boolean correct) {
        this(itemKey, ability, correct ? 1 : 0, 1);
    }

    public boolean correct() {
        return score >= 1;
    }

    /**
     * An answer of a finished placement with, as ability, a plausible value: a draw from the learner's posterior in
     * the module, {@code mean + sd * standardNormal} with a seeded standard normal draw per learner and module. The
     * posterior mean would do, but it is shrunk towards the population, which compresses refitted difficulties
     * towards the middle; a plausible value spreads as the abilities themselves do.
     */
    public static CalibrationObservation plausible(
            PlacementResponse response, ModuleEstimate moduleEstimate, double standardNormal) {
        if (!response.moduleSlug().equals(moduleEstimate.moduleSlug())) {
            throw new IllegalArgumentException("The estimate is not of the answer's module");
        }
        return new CalibrationObservation(
                new PlacementItem(response.moduleSlug(), response.questionId(), response.difficulty()).key(),
                moduleEstimate.mean() + moduleEstimate.sd() * standardNormal,
                response.score(),
                response.parts());
    }
}
