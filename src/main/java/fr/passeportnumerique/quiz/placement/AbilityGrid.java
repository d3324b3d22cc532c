package fr.passeportnumerique.quiz.placement;

import java.util.Arrays;

/**
 * The grids the posterior is computed on. The general ability g and the theme deviation t share one step, so that the
 * theme level s = g + t falls on a node of its own grid (index of g plus index of t); the module's ability theta has a
 * finer grid, with for each s the prior weights of theta given s, kept only within {@value #BAND_IN_SDS} module
 * spreads of s, where they are not negligible. Exact sums on these grids stand in for any optimisation.
 */
final class AbilityGrid {

    private static final double STEP = 0.2;
    private static final double GENERAL_SPAN_IN_SDS = 4;
    private static final double DEVIATION_SPAN_IN_SDS = 3;
    private static final int THETA_NODES = 161;
    private static final double BAND_IN_SDS = 4;

    private final double[] logGeneralPrior;
    private final double[] logThemeWeight;
    private final double[] theta = new double[THETA_NODES];
    private final double[] expMinusTheta = new double[THETA_NODES];
    private final double[][] thetaGivenLevel;
    private final int[] bandFrom;
    private final int[] bandTo;

    AbilityGrid(AbilityPrior prior) {
        int generalHalf = (int) Math.ceil(GENERAL_SPAN_IN_SDS * prior.generalSd() / STEP);
        int themeHalf = (int) Math.ceil(DEVIATION_SPAN_IN_SDS * prior.themeSd() / STEP);
        logGeneralPrior = logWeights(generalHalf, prior.generalSd());
        logThemeWeight = logWeights(themeHalf, prior.themeSd());
        int levelHalf = generalHalf + themeHalf;
        double thetaHalfSpan = levelHalf * STEP + DEVIATION_SPAN_IN_SDS * prior.moduleSd();
        for (int t = 0; t < THETA_NODES; t++) {
            theta[t] = prior.generalMean() - thetaHalfSpan + 2 * thetaHalfSpan * t / (THETA_NODES - 1);
            expMinusTheta[t] = Math.exp(-theta[t]);
        }
        int levels = 2 * levelHalf + 1;
        thetaGivenLevel = new double[levels][THETA_NODES];
        bandFrom = new int[levels];
        bandTo = new int[levels];
        for (int s = 0; s < levels; s++) {
            double level = prior.generalMean() + (s - levelHalf) * STEP;
            double[] row = thetaGivenLevel[s];
            double sum = 0;
            bandFrom[s] = THETA_NODES;
            for (int t = 0; t < THETA_NODES; t++) {
                double z = (theta[t] - level) / prior.moduleSd();
                if (Math.abs(z) <= BAND_IN_SDS) {
                    row[t] = Math.exp(-0.5 * z * z);
                    sum += row[t];
                    bandFrom[s] = Math.min(bandFrom[s], t);
                    bandTo[s] = t + 1;
                }
            }
            for (int t = bandFrom[s]; t < bandTo[s]; t++) {
                row[t] /= sum;
            }
        }
    }

    int generalNodes() {
        return logGeneralPrior.length;
    }

    int themeNodes() {
        return logThemeWeight.length;
    }

    int levelNodes() {
        return thetaGivenLevel.length;
    }

    double[] theta() {
        return theta;
    }

    double[] logGeneralPrior() {
        return logGeneralPrior.clone();
    }

    /** log of the prior weight of the theme deviation's node {@code j}; the weights sum to 1, as g's do. */
    double logThemeWeight(int j) {
        return logThemeWeight[j];
    }

    double[] flatLikelihood() {
        double[] likelihood = new double[THETA_NODES];
        Arrays.fill(likelihood, 1.0);
        return likelihood;
    }

    /** Multiplies a module's likelihood over theta by the probability of one answer ({@link PartialCredit}). */
    void answer(double[] likelihood, PlacementResponse response) {
        if (response.parts() > 1 || (response.score() > 0 && response.score() < 1)) {
            for (int t = 0; t < THETA_NODES; t++) {
                likelihood[t] *= PartialCredit.likelihood(theta[t], response);
            }
            return;
        }
        double expDifficulty = Math.exp(response.difficulty());
        boolean correct = response.correct();
        for (int t = 0; t < THETA_NODES; t++) {
            double right = 1 / (1 + expDifficulty * expMinusTheta[t]);
            likelihood[t] *= correct ? right : 1 - right;
        }
    }

    /** P(a module's answers | s) at each node of s: its likelihood summed over theta given s. */
    double[] givenLevel(double[] likelihood) {
        double[] given = new double[thetaGivenLevel.length];
        for (int s = 0; s < given.length; s++) {
            double[] row = thetaGivenLevel[s];
            double sum = 0;
            for (int t = bandFrom[s]; t < bandTo[s]; t++) {
                sum += row[t] * likelihood[t];
            }
            given[s] = sum;
        }
        return given;
    }

    /** A module's posterior over theta, normalised: its likelihood times its prior averaged over weights of s. */
    double[] posterior(double[] levelWeights, double[] likelihood) {
        double[] posterior = new double[THETA_NODES];
        for (int s = 0; s < levelWeights.length; s++) {
            double weight = levelWeights[s];
            double[] row = thetaGivenLevel[s];
            for (int t = bandFrom[s]; t < bandTo[s]; t++) {
                posterior[t] += weight * row[t];
            }
        }
        double sum = 0;
        for (int t = 0; t < THETA_NODES; t++) {
            posterior[t] *= likelihood[t];
            sum += posterior[t];
        }
        for (int t = 0; t < THETA_NODES; t++) {
            posterior[t] /= sum;
        }
        return posterior;
    }

    /** Logs of the weights, summing to 1, of a centred normal at nodes (j - half) * STEP; one node when sd is 0. */
    private static double[] logWeights(int half, double sd) {
        double[] log = new double[2 * half + 1];
        for (int j = 0; j < log.length; j++) {
            double x = (j - half) * STEP;
            log[j] = half == 0 ? 0 : -0.5 * (x / sd) * (x / sd);
        }
        double logSum = Math.log(Arrays.stream(log).map(Math::exp).sum());
        Arrays.setAll(log, j -> log[j] - logSum);
        return log;
    }
}
