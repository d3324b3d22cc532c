package fr.passeportnumerique.quiz.placement;

import java.util.List;

/**
 * The answers to the modules of one theme, seen from the grids of g and t: given g and t the theme's modules are
 * independent, so their likelihoods multiply at s = g + t. From it, what the theme says of g, and, once the other
 * themes have had their say on g, the posterior weights of the theme's level s.
 */
final class ThemeLikelihood {

    private final AbilityGrid grid;
    private final double[][] logProduct;

    /** {@code levelLikelihoods}: for each answered module of the theme, P(its answers | s) on the grid of s. */
    ThemeLikelihood(AbilityGrid grid, List<double[]> levelLikelihoods) {
        this.grid = grid;
        double[] logSum = new double[grid.levelNodes()];
        for (double[] likelihood : levelLikelihoods) {
            for (int s = 0; s < logSum.length; s++) {
                logSum[s] += Math.log(likelihood[s]);
            }
        }
        logProduct = new double[grid.generalNodes()][grid.themeNodes()];
        for (int g = 0; g < grid.generalNodes(); g++) {
            for (int j = 0; j < grid.themeNodes(); j++) {
                logProduct[g][j] = grid.logThemeWeight(j) + logSum[g + j];
            }
        }
    }

    /** log P(the theme's answers | g), the theme deviation summed out. */
    double[] logGivenGeneral() {
        double[] log = new double[grid.generalNodes()];
        for (int g = 0; g < log.length; g++) {
            log[g] = logSumExp(logProduct[g]);
        }
        return log;
    }

    /**
     * The posterior weights of s, normalised, given what the other themes say of g ({@code logGeneralOthers}, prior
     * included, unnormalised logs) and this theme's answers.
     */
    double[] levelPosterior(double[] logGeneralOthers) {
        double top = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < logProduct.length; g++) {
            for (int j = 0; j < logProduct[g].length; j++) {
                top = Math.max(top, logGeneralOthers[g] + logProduct[g][j]);
            }
        }
        double[] weights = new double[grid.levelNodes()];
        double sum = 0;
        for (int g = 0; g < logProduct.length; g++) {
            for (int j = 0; j < logProduct[g].length; j++) {
                double weight = Math.exp(logGeneralOthers[g] + logProduct[g][j] - top);
                weights[g + j] += weight;
                sum += weight;
            }
        }
        for (int s = 0; s < weights.length; s++) {
            weights[s] /= sum;
        }
        return weights;
    }

    static double logSumExp(double[] values) {
        double top = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            top = Math.max(top, value);
        }
        double sum = 0;
        for (double value : values) {
            sum += Math.exp(value - top);
        }
        return top + Math.log(sum);
    }
}
