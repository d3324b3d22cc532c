package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasteryEstimatorTest {

    static final List<String> MODULES = List.of("factures", "compta", "site", "reseaux");
    static final PlacementModel MODEL = PlacementModel.DEFAULT.withPrior(new AbilityPrior(
            0, 1.2, 0.6, 0.6, Map.of("factures", "gerer", "compta", "gerer", "site", "vendre", "reseaux", "vendre")));

    private final MasteryEstimator estimator = new MasteryEstimator(MODULES, MODEL);

    static List<PlacementResponse> answers(String module, int count, boolean correct) {
        List<PlacementResponse> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(new PlacementResponse(module, "q" + i, (i % 3) - 1.0, correct));
        }
        return answers;
    }

    private ModuleEstimate estimateOf(String module, List<PlacementResponse> responses) {
        return estimator.estimate(responses).get(MODULES.indexOf(module));
    }

    @Test
    void without_answers_every_module_sits_at_the_prior() {
        List<ModuleEstimate> estimates = estimator.estimate(List.of());

        assertThat(estimates).extracting(ModuleEstimate::moduleSlug).containsExactlyElementsOf(MODULES);
        assertThat(estimates).allSatisfy(estimate -> {
            assertThat(estimate.mean()).isCloseTo(0, within(0.05));
            assertThat(estimate.sd()).isCloseTo(Math.sqrt(1.44 + 0.36 + 0.36), within(0.1));
            assertThat(estimate.questions()).isZero();
            assertThat(estimate.decided()).isFalse();
        });
    }

    @Test
    void a_right_answer_raises_the_estimate_and_a_wrong_one_lowers_it() {
        double before = estimateOf("site", List.of()).mean();

        assertThat(estimateOf("site", answers("site", 1, true)).mean()).isGreaterThan(before + 0.2);
        assertThat(estimateOf("site", answers("site", 1, false)).mean()).isLessThan(before - 0.2);
        assertThat(estimateOf("site", answers("site", 3, true)).mean())
                .isGreaterThan(estimateOf("site", answers("site", 1, true)).mean());
    }

    @Test
    void a_partly_right_answer_lands_between_a_wrong_and_a_right_one() {
        double wrong = estimateOf("site", List.of(new PlacementResponse("site", "q1", 1.0, 0, 4)))
                .mean();
        double half = estimateOf("site", List.of(new PlacementResponse("site", "q1", 1.0, 0.5, 4)))
                .mean();
        double right = estimateOf("site", List.of(new PlacementResponse("site", "q1", 1.0, 1, 4)))
                .mean();

        assertThat(half).isGreaterThan(wrong + 0.2).isLessThan(right - 0.2);
    }

    @Test
    void a_question_in_four_parts_tells_more_than_one_right_or_wrong() {
        double oneWrong = estimateOf("site", List.of(new PlacementResponse("site", "q1", 1.0, false)))
                .mean();
        double allPartsWrong = estimateOf("site", List.of(new PlacementResponse("site", "q1", 1.0, 0, 4)))
                .mean();

        assertThat(allPartsWrong).isLessThan(oneWrong - 0.2);
    }

    @Test
    void answers_in_one_module_move_the_others_a_little_and_their_theme_more() {
        List<PlacementResponse> rightInvoices = answers("factures", 4, true);

        double invoices = estimateOf("factures", rightInvoices).mean();
        double accounting = estimateOf("compta", rightInvoices).mean();
        double website = estimateOf("site", rightInvoices).mean();

        assertThat(website).isGreaterThan(0.1);
        assertThat(accounting).isGreaterThan(website);
        assertThat(invoices).isGreaterThan(accounting);
    }

    @Test
    void many_right_answers_make_a_module_acquis_and_many_wrong_ones_to_discover() {
        List<PlacementResponse> responses = new ArrayList<>(answers("site", 9, true));
        responses.addAll(answers("compta", 9, false));

        List<ModuleEstimate> estimates = estimator.estimate(responses);

        assertThat(estimates.get(2).level()).isEqualTo(MasteryLevel.ACQUIS);
        assertThat(estimates.get(2).probabilityMastered()).isGreaterThan(0.9);
        assertThat(estimates.get(2).decided()).isTrue();
        assertThat(estimates.get(2).questions()).isEqualTo(9);
        assertThat(estimates.get(1).level()).isEqualTo(MasteryLevel.A_DECOUVRIR);
        assertThat(estimates.get(1).decided()).isTrue();
    }

    @Test
    void a_module_near_the_cut_is_to_consolidate() {
        List<PlacementResponse> halfRight = new ArrayList<>(answers("site", 4, true));
        halfRight.addAll(answers("site", 4, false));

        ModuleEstimate estimate = estimateOf("site", halfRight);

        assertThat(estimate.level()).isEqualTo(MasteryLevel.A_CONSOLIDER);
        assertThat(estimate.decided()).isFalse();
    }

    @Test
    void answers_to_a_module_not_listed_are_left_out() {
        assertThat(estimator.estimate(answers("inconnu", 5, true))).isEqualTo(estimator.estimate(List.of()));
    }

    @Test
    void a_prior_that_foresees_the_answers_has_the_higher_marginal_likelihood() {
        List<PlacementResponse> allWrong = new ArrayList<>();
        MODULES.forEach(module -> allWrong.addAll(answers(module, 3, false)));
        MasteryEstimator beginners =
                new MasteryEstimator(MODULES, MODEL.withPrior(new AbilityPrior(-2, 1.2, 0.6, 0.6, Map.of())));

        assertThat(beginners.logMarginalLikelihood(allWrong)).isGreaterThan(estimator.logMarginalLikelihood(allWrong));
        assertThat(estimator.logMarginalLikelihood(List.of())).isCloseTo(0, within(1e-9));
    }
}
