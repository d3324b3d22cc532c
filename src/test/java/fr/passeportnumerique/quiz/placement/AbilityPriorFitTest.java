package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AbilityPriorFitTest {

    @Test
    void the_refitted_prior_finds_the_population_s_mean_and_spread_from_answers_alone() {
        List<String> modules = List.of("a", "b", "c", "d", "e", "f");
        SplittableRandom random = new SplittableRandom(5);
        List<List<PlacementResponse>> placements = new ArrayList<>();
        for (int learner = 0; learner < 200; learner++) {
            double general = -1.0 + 0.8 * random.nextGaussian();
            List<PlacementResponse> responses = new ArrayList<>();
            for (String module : modules) {
                double theta = general + 0.3 * random.nextGaussian();
                for (int q = 0; q < 4; q++) {
                    double difficulty = q - 1.5;
                    responses.add(new PlacementResponse(
                            module, "q" + q, difficulty, random.nextDouble() < Rasch.probability(theta, difficulty)));
                }
            }
            placements.add(responses);
        }
        PlacementModel launch = PlacementModel.DEFAULT.withPrior(new AbilityPrior(0, 1.2, 0.6, 0.6, Map.of()));

        AbilityPrior fitted = new AbilityPriorFit(modules, launch).refit(placements);

        assertThat(fitted.generalMean()).isCloseTo(-1.0, within(0.25));
        assertThat(fitted.generalSd()).isCloseTo(0.8, within(0.25));
        // without themes each module is its own: theme and module spreads add up to the modules' spread
        assertThat(Math.hypot(fitted.themeSd(), fitted.moduleSd())).isCloseTo(0.3, within(0.2));
    }
}
