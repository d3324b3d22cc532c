package fr.passeportnumerique.quiz.placement;

/**
 * How much one more answer would tell about a module's decision: the mutual information, in bits, between the answer
 * to an item and whether the learner's ability in the module is at or above the mastery cut, the ability taken as
 * normal with the module's current mean and spread. It is largest for a module whose decision is open and whose
 * ability is uncertain, and within it for an item whose difficulty lies between the estimate and the cut.
 */
final class DecisionInformation {

    private static final int NODES = 81;
    private static final double SPAN_IN_SDS = 4.0;
    private static final double[] Z = new double[NODES];
    private static final double[] WEIGHT = new double[NODES];

    static {
        double sum = 0;
        for (int k = 0; k < NODES; k++) {
            Z[k] = -SPAN_IN_SDS + 2 * SPAN_IN_SDS * k / (NODES - 1);
            WEIGHT[k] = Math.exp(-0.5 * Z[k] * Z[k]);
            sum += WEIGHT[k];
        }
        for (int k = 0; k < NODES; k++) {
            WEIGHT[k] /= sum;
        }
    }

    private final double[] expMinusTheta = new double[NODES];
    private final boolean[] mastered = new boolean[NODES];
    private final double probabilityMastered;

    DecisionInformation(ModuleEstimate estimate, double masteryCut) {
        double above = 0;
        for (int k = 0; k < NODES; k++) {
            double theta = estimate.mean() + estimate.sd() * Z[k];
            expMinusTheta[k] = Math.exp(-theta);
            mastered[k] = theta >= masteryCut;
            above += mastered[k] ? WEIGHT[k] : 0;
        }
        probabilityMastered = above;
    }

    double of(double difficulty) {
        if (probabilityMastered <= 0 || probabilityMastered >= 1) {
            return 0;
        }
        double rightAndMastered = 0;
        double rightAndNot = 0;
        double expDifficulty = Math.exp(difficulty);
        for (int k = 0; k < NODES; k++) {
            double right = WEIGHT[k] / (1 + expDifficulty * expMinusTheta[k]);
            if (mastered[k]) {
                rightAndMastered += right;
            } else {
                rightAndNot += right;
            }
        }
        double answerUncertainty = entropy(rightAndMastered + rightAndNot);
        double leftOnceMasteryKnown = probabilityMastered * entropy(rightAndMastered / probabilityMastered)
                + (1 - probabilityMastered) * entropy(rightAndNot / (1 - probabilityMastered));
        return answerUncertainty - leftOnceMasteryKnown;
    }

    private static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
    }
}
