package fr.passeportnumerique.quiz.placement;

/**
 * One answer to calibrate a question on: the item's key ({@link PlacementItem#key()}), the answerer's ability in the
 * item's module (logits) and whether the answer was fully right.
 */
public record CalibrationObservation(String itemKey, double ability, boolean correct) {

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
                response.correct());
    }
}
