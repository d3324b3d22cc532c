package fr.passeportnumerique.quiz.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's ability in each module from all the answers so far, by a hierarchical Rasch model ({@link
 * AbilityPrior}): a general ability, a deviation per theme, a deviation per module, so that answers in one module say
 * something of its theme and a little of every other. The posterior is exact on grids: given g the themes are
 * independent, given g and t the modules are. Each module's posterior is summarised by {@link MasteryRule}.
 */
public final class MasteryEstimator {

    private final List<String> moduleSlugs;
    private final Map<String, Integer> indexBySlug = new HashMap<>();
    private final List<List<Integer>> themes;
    private final AbilityGrid grid;
    private final MasteryRule rule;

    public MasteryEstimator(List<String> moduleSlugs, PlacementModel model) {
        this.moduleSlugs = List.copyOf(moduleSlugs);
        this.grid = new AbilityGrid(model.prior());
        this.rule = new MasteryRule(model, grid.theta());
        Map<String, List<Integer>> byTheme = new LinkedHashMap<>();
        for (int i = 0; i < this.moduleSlugs.size(); i++) {
            String slug = this.moduleSlugs.get(i);
            if (indexBySlug.put(slug, i) != null) {
                throw new IllegalArgumentException("Module listed twice: " + slug);
            }
            byTheme.computeIfAbsent(model.prior().themeOf(slug), theme -> new ArrayList<>())
                    .add(i);
        }
        this.themes = List.copyOf(byTheme.values());
    }

    /** One estimate per module, in the order given; answers to a module not listed are left out. */
    public List<ModuleEstimate> estimate(List<PlacementResponse> responses) {
        AnswerEvidence evidence = new AnswerEvidence(grid, themes, indexBySlug, responses);
        ModuleEstimate[] estimates = new ModuleEstimate[moduleSlugs.size()];
        for (int k = 0; k < themes.size(); k++) {
            double[] level = evidence.themes.get(k).levelPosterior(evidence.logGeneralWithout(k));
            double[] unansweredPosterior = null;
            for (int m : themes.get(k)) {
                double[] posterior;
                if (evidence.likelihood[m] == null) {
                    // the theme's modules without answers share one posterior
                    unansweredPosterior = unansweredPosterior != null
                            ? unansweredPosterior
                            : grid.posterior(level, grid.flatLikelihood());
                    posterior = unansweredPosterior;
                } else {
                    double[] before = withoutOwnAnswers(level, evidence.givenLevel[m]);
                    posterior = grid.posterior(before, evidence.likelihood[m]);
                }
                estimates[m] = rule.estimate(moduleSlugs.get(m), posterior, evidence.answered[m]);
            }
        }
        return List.of(estimates);
    }

    /** log P(responses) under the model's prior, summed out over every ability: its marginal likelihood. */
    public double logMarginalLikelihood(List<PlacementResponse> responses) {
        return new AnswerEvidence(grid, themes, indexBySlug, responses).logProbability();
    }

    /** The weights of s before this module's own answers, which the module's posterior then adds back over theta. */
    private static double[] withoutOwnAnswers(double[] level, double[] ownGivenLevel) {
        double[] weights = new double[level.length];
        for (int s = 0; s < level.length; s++) {
            weights[s] = level[s] / ownGivenLevel[s];
        }
        return weights;
    }
}
