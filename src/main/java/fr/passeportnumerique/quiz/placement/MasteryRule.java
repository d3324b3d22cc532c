package fr.passeportnumerique.quiz.placement;

/**
 * From a module's posterior over the grid of theta to what the learner is told: acquis when the ability is more likely
 * than not at or above the mastery cut; otherwise à découvrir when it is more likely than not under the discovery cut,
 * à consolider in between; decided when the likelier side of acquis / not acquis reaches the model's confidence.
 */
final class MasteryRule {

    private final PlacementModel model;
    private final double[] theta;

    MasteryRule(PlacementModel model, double[] theta) {
        this.model = model;
        this.theta = theta;
    }

    ModuleEstimate estimate(String moduleSlug, double[] posterior, int answered) {
        double mean = 0;
        double mastered = 0;
        double toDiscover = 0;
        for (int t = 0; t < theta.length; t++) {
            mean += posterior[t] * theta[t];
            mastered += theta[t] >= model.masteryCut() ? posterior[t] : 0;
            toDiscover += theta[t] < model.discoverCut() ? posterior[t] : 0;
        }
        double variance = 0;
        for (int t = 0; t < theta.length; t++) {
            variance += posterior[t] * (theta[t] - mean) * (theta[t] - mean);
        }
        MasteryLevel level;
        if (mastered >= 0.5) {
            level = MasteryLevel.ACQUIS;
        } else {
            level = toDiscover >= 0.5 ? MasteryLevel.A_DECOUVRIR : MasteryLevel.A_CONSOLIDER;
        }
        boolean decided = Math.max(mastered, 1 - mastered) >= model.confidence();
        return new ModuleEstimate(moduleSlug, mean, Math.sqrt(variance), mastered, answered, level, decided);
    }
}
