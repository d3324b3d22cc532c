package fr.passeportnumerique.quiz.placement;

import java.util.List;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The ability prior refitted from past placements, by maximum marginal likelihood (empirical Bayes): the mean of g
 * and the spreads of g, t and u that make the answers learners actually gave most probable, abilities summed out.
 * No truth about anyone's mastery is needed, only their answers. Hipparchus's Nelder-Mead simplex searches the mean
 * and the logs of the spreads; the themes stay as given.
 */
public final class AbilityPriorFit {

    private static final int MAX_EVALUATIONS = 300;
    private static final double MIN_SD = 0.05;
    private static final double MAX_SD = 3;

    private final List<String> moduleSlugs;
    private final PlacementModel model;

    public AbilityPriorFit(List<String> moduleSlugs, PlacementModel model) {
        this.moduleSlugs = List.copyOf(moduleSlugs);
        this.model = model;
    }

    /** The prior that best foresees these placements' answers, starting from the model's. */
    public AbilityPrior refit(List<List<PlacementResponse>> placements) {
        AbilityPrior start = model.prior();
        double[] guess = {
            start.generalMean(),
            Math.log(start.generalSd()),
            Math.log(Math.max(start.themeSd(), MIN_SD)),
            Math.log(start.moduleSd())
        };
        double[] best = new SimplexOptimizer(1e-6, 1e-3)
                .optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        new ObjectiveFunction(point -> logMarginalLikelihood(prior(point), placements)),
                        GoalType.MAXIMIZE,
                        new InitialGuess(guess),
                        new NelderMeadSimplex(new double[] {0.3, 0.2, 0.3, 0.2}))
                .getPoint();
        return prior(best);
    }

    double logMarginalLikelihood(AbilityPrior prior, List<List<PlacementResponse>> placements) {
        MasteryEstimator estimator = new MasteryEstimator(moduleSlugs, model.withPrior(prior));
        return placements.stream().mapToDouble(estimator::logMarginalLikelihood).sum();
    }

    private AbilityPrior prior(double[] point) {
        AbilityPrior start = model.prior();
        return new AbilityPrior(point[0], spread(point[1]), spread(point[2]), spread(point[3]), start.themeBySlug());
    }

    private static double spread(double log) {
        return Math.clamp(Math.exp(log), MIN_SD, MAX_SD);
    }
}
