package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextItemChooserTest {

    private static final PlacementModel MODEL = MasteryEstimatorTest.MODEL;
    private static final List<String> MODULES = MasteryEstimatorTest.MODULES;

    private static List<PlacementItem> bank() {
        List<PlacementItem> bank = new ArrayList<>();
        for (String module : MODULES) {
            for (int level = 1; level <= 5; level++) {
                bank.add(new PlacementItem(module, "niveau-" + level, AuthoredDifficulty.logit(level)));
            }
        }
        return bank;
    }

    private static ModuleEstimate estimate(String module, double mean, double sd, boolean decided) {
        return new ModuleEstimate(module, mean, sd, decided ? 0.99 : 0.5, 0, MasteryLevel.A_CONSOLIDER, decided);
    }

    @Test
    void the_chooser_never_repeats_an_item_and_goes_through_the_whole_bank() {
        MasteryEstimator estimator = new MasteryEstimator(MODULES, MODEL);
        NextItemChooser chooser = new NextItemChooser(MODEL);
        List<PlacementItem> bank = bank();
        List<PlacementResponse> responses = new ArrayList<>();
        Set<String> used = new HashSet<>();

        for (int i = 0; i < bank.size(); i++) {
            PlacementItem item =
                    chooser.next(estimator.estimate(responses), bank, used).orElseThrow();
            assertThat(used.add(item.key())).as(item.key()).isTrue();
            responses.add(new PlacementResponse(item.moduleSlug(), item.questionId(), item.difficulty(), i % 2 == 0));
        }

        assertThat(chooser.next(estimator.estimate(responses), bank, used)).isEmpty();
    }

    @Test
    void an_undecided_module_comes_before_decided_ones() {
        List<ModuleEstimate> estimates = List.of(
                estimate("factures", 0.5, 1.5, true),
                estimate("compta", 0.5, 1.5, true),
                estimate("site", -1.0, 0.8, false),
                estimate("reseaux", 0.5, 1.5, true));

        assertThat(new NextItemChooser(MODEL).next(estimates, bank(), Set.of()))
                .hasValueSatisfying(item -> assertThat(item.moduleSlug()).isEqualTo("site"));
    }

    @Test
    void the_module_whose_decision_is_most_open_comes_first_with_an_item_between_estimate_and_cut() {
        List<ModuleEstimate> estimates = List.of(
                estimate("factures", -2.5, 0.7, false),
                estimate("compta", 0.5, 0.9, false),
                estimate("site", 2.5, 0.7, false),
                estimate("reseaux", -2.0, 0.9, false));

        PlacementItem item =
                new NextItemChooser(MODEL).next(estimates, bank(), Set.of()).orElseThrow();

        assertThat(item.moduleSlug()).isEqualTo("compta");
        assertThat(item.difficulty()).isBetween(0.0, 1.0);
    }

    @Test
    void when_times_are_known_the_quicker_of_two_close_items_is_asked() {
        List<PlacementItem> bank =
                List.of(new PlacementItem("site", "long", 0.5), new PlacementItem("site", "court", 0.0));
        Map<String, Double> seconds = Map.of("site/long", 60.0, "site/court", 15.0);
        List<ModuleEstimate> estimates = List.of(estimate("site", 0.5, 1.0, false));

        assertThat(new NextItemChooser(MODEL).next(estimates, bank, Set.of()))
                .hasValueSatisfying(item -> assertThat(item.questionId()).isEqualTo("long"));
        assertThat(new NextItemChooser(MODEL, item -> seconds.get(item.key())).next(estimates, bank, Set.of()))
                .hasValueSatisfying(item -> assertThat(item.questionId()).isEqualTo("court"));
    }

    @Test
    void the_same_answers_always_lead_to_the_same_question() {
        MasteryEstimator estimator = new MasteryEstimator(MODULES, MODEL);
        List<ModuleEstimate> estimates =
                estimator.estimate(List.of(new PlacementResponse("site", "niveau-3", 0, true)));
        NextItemChooser chooser = new NextItemChooser(MODEL);

        PlacementItem first =
                chooser.next(estimates, bank(), Set.of("site/niveau-3")).orElseThrow();

        for (int i = 0; i < 5; i++) {
            assertThat(chooser.next(estimates, bank(), Set.of("site/niveau-3"))).contains(first);
        }
    }

    @Test
    void items_of_modules_without_an_estimate_are_not_asked() {
        List<ModuleEstimate> estimates = List.of(estimate("site", 0.5, 1.0, false));
        List<PlacementItem> bank = List.of(new PlacementItem("autre", "q", 0.5));

        assertThat(new NextItemChooser(MODEL).next(estimates, bank, Set.of())).isEmpty();
    }
}
