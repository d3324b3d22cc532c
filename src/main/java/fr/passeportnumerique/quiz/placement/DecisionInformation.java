package fr.passeportnumerique.quiz.placement;

/**
 * How much one more answer would tell about a module's decision: the mutual information, in bits, between the answer
 * to an item and whether the learner's ability in the module is at or above the mastery cut, the ability taken as
 * normal with the module's current mean and spread. It is largest for a module whose decision is open and whose
 * ability is uncertain, and within it for an item whose difficulty lies between the estimate and the cut. For an item
 * of several parts scored with partial credit, the answer is the number of right parts, binomial as in {@link
 * PartialCredit}: it tells more than right or wrong.
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

    double of(double difficulty, int parts) {
        if (parts == 1) {
            return of(difficulty);
        }
        if (probabilityMastered <= 0 || probabilityMastered >= 1) {
            return 0;
        }
        double[] rightAndMastered = new double[parts + 1];
        double[] rightAndNot = new double[parts + 1];
        double expPartDifficulty = Math.exp(difficulty - PartialCredit.partEase(parts));
        for (int k = 0; k < NODES; k++) {
            double p = Math.clamp(1 / (1 + expPartDifficulty * expMinusTheta[k]), 1e-12, 1 - 1e-12);
            double[] joint = mastered[k] ? rightAndMastered : rightAndNot;
            double term = WEIGHT[k] * Math.pow(1 - p, parts);
            for (int right = 0; right <= parts; right++) {
                joint[right] += term;
                term *= (double) (parts - right) / (right + 1) * p / (1 - p);
            }
        }
        double[] both = new double[parts + 1];
        for (int right = 0; right <= parts; right++) {
            both[right] = rightAndMastered[right] + rightAndNot[right];
        }
        return entropy(both, 1)
                - entropy(rightAndMastered, probabilityMastered)
                - entropy(rightAndNot, 1 - probabilityMastered);
    }

    /** Entropy in bits of the outcome, weighted by the event's probability: -sum(q log2(q / total)). */
    private static double entropy(double[] joint, double total) {
        double bits = 0;
        for (double q : joint) {
            if (q > 0) {
                bits -= q * Math.log(q / total);
            }
        }
        return bits / Math.log(2);
    }

    private static double entropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
    }
}
