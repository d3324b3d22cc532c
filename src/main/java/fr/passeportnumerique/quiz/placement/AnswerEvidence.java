package fr.passeportnumerique.quiz.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a learner's answers say, on the grids: per module, the likelihood of its answers over theta and over the
 * theme level s; per theme, over g; and over g, all themes together with the prior (unnormalised logs), whose sum is
 * the probability of the answers under the prior.
 */
final class AnswerEvidence {

    final double[][] likelihood;
    final int[] answered;
    final double[][] givenLevel;
    final List<ThemeLikelihood> themes = new ArrayList<>();
    final double[] logGeneral;

    AnswerEvidence(
            AbilityGrid grid,
            List<List<Integer>> modulesByTheme,
            Map<String, Integer> indexBySlug,
            List<PlacementResponse> responses) {
        int modules = indexBySlug.size();
        likelihood = new double[modules][];
        answered = new int[modules];
        givenLevel = new double[modules][];
        for (PlacementResponse response : responses) {
            Integer module = indexBySlug.get(response.moduleSlug());
            if (module != null) {
                if (likelihood[module] == null) {
                    likelihood[module] = grid.flatLikelihood();
                }
                grid.answer(likelihood[module], response);
                answered[module]++;
            }
        }
        logGeneral = grid.logGeneralPrior();
        for (List<Integer> theme : modulesByTheme) {
            List<double[]> answeredModules = new ArrayList<>();
            for (int m : theme) {
                if (likelihood[m] != null) {
                    givenLevel[m] = grid.givenLevel(likelihood[m]);
                    answeredModules.add(givenLevel[m]);
                }
            }
            ThemeLikelihood themeLikelihood = new ThemeLikelihood(grid, answeredModules);
            themes.add(themeLikelihood);
            double[] logGivenGeneral = themeLikelihood.logGivenGeneral();
            for (int g = 0; g < logGeneral.length; g++) {
                logGeneral[g] += logGivenGeneral[g];
            }
        }
    }

    /** log P(answers) under the prior: how well the prior foresaw them, to compare priors. */
    double logProbability() {
        return ThemeLikelihood.logSumExp(logGeneral);
    }

    /** What all themes but {@code theme} say of g, prior included. */
    double[] logGeneralWithout(int theme) {
        double[] others = logGeneral.clone();
        double[] own = themes.get(theme).logGivenGeneral();
        for (int g = 0; g < others.length; g++) {
            others[g] -= own[g];
        }
        return others;
    }
}
