package fr.passeportnumerique.bench;

import fr.passeportnumerique.quiz.placement.AbilityPrior;
import fr.passeportnumerique.quiz.placement.CalibrationObservation;
import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import fr.passeportnumerique.quiz.placement.RaschCalibration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The studies around the main comparison: what an oracle would reach, the engine's assumptions broken one at a time,
 * longer time budgets, and the calibration job run on simulated placements.
 */
final class PlacementStudies {

    private static final int CALIBRATION_LEARNERS = 10_000;
    private static final int CALIBRATION_MIN_RESPONSES = 200;
    private static final int BUDGET_LEARNERS = 1_000;
    private static final double ANSWER_SHIFT_SD = 1.0;

    private final ShippedBanks banks;
    private final PlacementModel model;
    private final BenchReport report;

    PlacementStudies(ShippedBanks banks, PlacementModel model, BenchReport report) {
        this.banks = banks;
        this.model = model;
        this.report = report;
    }

    /** Agreement of oracles that know each learner's true general ability (and their practice's strengths). */
    void ceiling(SimulatedPopulation population) {
        int decisions = 0;
        int fromGeneral = 0;
        int fromGeneralAndStrengths = 0;
        for (SimulatedPopulation.Learner learner : population.learners()) {
            for (int m = 0; m < learner.theta().length; m++) {
                boolean acquis = learner.theta()[m] >= model.masteryCut();
                boolean strong = learner.profile()
                        .strongModules()
                        .contains(banks.moduleSlugs().get(m));
                double expected = learner.general() + (strong ? SimulatedPopulation.STRENGTH : 0);
                decisions++;
                fromGeneral += (learner.general() >= model.masteryCut()) == acquis ? 1 : 0;
                fromGeneralAndStrengths += (expected >= model.masteryCut()) == acquis ? 1 : 0;
            }
        }
        report.line("");
        report.line(
                "Ceiling without answers per module: an oracle that knows each learner's true general ability "
                        + "agrees %.1f %%; one that also knows their practice's strengths %.1f %%",
                100.0 * fromGeneral / decisions, 100.0 * fromGeneralAndStrengths / decisions);
    }

    void sensitivity(SimulatedPopulation population) {
        SimulatedPopulation.Settings settings = population.settings();
        report.line("");
        report.line("| variant (one change from the main run) | adaptive agreement | questions mean | fixed agreement, "
                + "same length |");
        report.line("|---|---|---|---|");
        variant(
                "engine knows the true difficulties (perfect calibration)",
                model,
                atTrueDifficulty(population),
                population);
        variant(
                "engine without themes (one module spread, same total)",
                model.withPrior(withoutThemes()),
                banks,
                population);
        variant(
                "answers with guessing (1/2 true-false, 0.3 one choice)",
                model,
                banks,
                new SimulatedPopulation(banks, settings.withGuessing()));
        variant(
                "true difficulties twice as far from the authored ones (sd 1.0)",
                model,
                banks,
                new SimulatedPopulation(banks, settings.withItemNoise(2 * SimulatedPopulation.ITEM_NOISE_SD)));
        variant(
                "practices' strengths across the engine's themes",
                model,
                banks,
                new SimulatedPopulation(banks, settings.withProfiles(SimulatedPopulation.CROSS_THEME_PROFILES)));
        variant(
                "modules closer to the learner's general level (sd 0.25)",
                model,
                banks,
                new SimulatedPopulation(banks, settings.withModuleSd(0.25)));
        variant(
                "modules further from the learner's general level (sd 0.75)",
                model,
                banks,
                new SimulatedPopulation(banks, settings.withModuleSd(0.75)));
        SimulatedPopulation shifted = new SimulatedPopulation(banks, settings.withAnswerShift(ANSWER_SHIFT_SD));
        variant("parts of one answer not independent (shared ability shift, sd 1.0)", model, banks, shifted, true);
        variant("the same, right or wrong only (no partial credit)", model, banks, shifted, false);
    }

    /** The adaptive test given more time (and no cap on questions), against fixed forms of its mean length. */
    void timeBudgets(SimulatedPopulation population) {
        SimulatedPopulation subset = new SimulatedPopulation(
                banks,
                population
                        .settings()
                        .withSize(BUDGET_LEARNERS, population.settings().seed()));
        report.line("");
        report.line(
                "| time budget (first %d learners) | adaptive agreement | questions mean | fixed agreement, same "
                        + "length |",
                BUDGET_LEARNERS);
        report.line("|---|---|---|---|");
        for (int minutes : new int[] {10, 15, 25, 40, 60}) {
            PlacementModel longer =
                    model.withLimits(model.confidence(), model.minQuestions(), 300, Duration.ofMinutes(minutes));
            variant(minutes + " minutes", longer, banks, subset);
        }
    }

    /**
     * The scheduled job on other simulated placements: each answer with a plausible value of the learner's ability in
     * the module; how far authored and refitted difficulties are from the true ones, and the main run again on the
     * refitted difficulties.
     */
    void calibration(SimulatedPopulation population) {
        SimulatedPopulation.Settings settings = population.settings();
        SimulatedPopulation earlier =
                new SimulatedPopulation(banks, settings.withSize(CALIBRATION_LEARNERS, settings.seed() + 2));
        PlacementRuns runs = new PlacementRuns(banks, model);
        SplittableRandom draws = new SplittableRandom(settings.seed() + 3);
        List<CalibrationObservation> observations = new ArrayList<>();
        for (SimulatedPopulation.Learner learner : earlier.learners()) {
            PlacementRuns.Outcome outcome = runs.adaptive(earlier, learner, new PlacementRuns.StepTimes());
            Map<String, ModuleEstimate> estimates = new HashMap<>();
            Map<String, Double> normals = new HashMap<>();
            outcome.estimates().forEach(estimate -> estimates.put(estimate.moduleSlug(), estimate));
            for (PlacementResponse response : outcome.responses()) {
                double normal = normals.computeIfAbsent(response.moduleSlug(), slug -> draws.nextGaussian());
                observations.add(
                        CalibrationObservation.plausible(response, estimates.get(response.moduleSlug()), normal));
            }
        }
        Map<String, Double> authored = new HashMap<>();
        banks.items().forEach(item -> authored.put(item.key(), item.difficulty()));
        Map<String, Double> refitted = new RaschCalibration(CALIBRATION_MIN_RESPONSES).refit(observations, authored);
        Map<String, Integer> answers = new HashMap<>();
        observations.forEach(observation -> answers.merge(observation.itemKey(), 1, Integer::sum));
        List<PlacementItem> calibrated = banks.items().stream()
                .filter(item -> answers.getOrDefault(item.key(), 0) >= CALIBRATION_MIN_RESPONSES)
                .toList();
        report.line("");
        report.line(
                "Calibration job on %d other simulated placements (%d answers): %d of %d questions reach %d "
                        + "answers; on them, distance to the true difficulty (root mean square) authored %.2f, refitted "
                        + "%.2f logits",
                CALIBRATION_LEARNERS,
                observations.size(),
                calibrated.size(),
                banks.items().size(),
                CALIBRATION_MIN_RESPONSES,
                rmse(calibrated, authored, earlier),
                rmse(calibrated, refitted, earlier));
        List<PlacementItem> items = banks.items().stream()
                .map(item ->
                        new PlacementItem(item.moduleSlug(), item.questionId(), refitted.get(item.key()), item.parts()))
                .toList();
        PlacementScores again =
                PlacementSimulationBench.adaptive(model, withItems(items), population, new PlacementRuns.StepTimes());
        report.line(
                "Adaptive test on the refitted difficulties, same learners as the main run: agreement %.1f %%, "
                        + "%.1f questions on average",
                100 * again.agreement(), again.meanQuestions());
    }

    private void variant(
            String name, PlacementModel variantModel, ShippedBanks variantBanks, SimulatedPopulation population) {
        variant(name, variantModel, variantBanks, population, true);
    }

    private void variant(
            String name,
            PlacementModel variantModel,
            ShippedBanks variantBanks,
            SimulatedPopulation population,
            boolean partialCredit) {
        PlacementScores adaptive = PlacementSimulationBench.adaptive(
                variantModel, variantBanks, population, new PlacementRuns.StepTimes(), partialCredit);
        int length = (int) Math.round(adaptive.meanQuestions());
        PlacementScores fixed = PlacementSimulationBench.fixed(
                variantModel,
                variantBanks,
                population,
                PlacementRuns.fixedForm(variantBanks, variantModel, length),
                partialCredit);
        report.line(
                "| %s | %.1f %% | %.1f | %.1f %% |",
                name, 100 * adaptive.agreement(), adaptive.meanQuestions(), 100 * fixed.agreement());
    }

    private AbilityPrior withoutThemes() {
        AbilityPrior prior = model.prior();
        double total = Math.hypot(prior.themeSd(), prior.moduleSd());
        return new AbilityPrior(prior.generalMean(), prior.generalSd(), 0, total, Map.of());
    }

    private ShippedBanks atTrueDifficulty(SimulatedPopulation population) {
        return withItems(banks.items().stream()
                .map(item -> new PlacementItem(
                        item.moduleSlug(), item.questionId(), population.trueDifficulty(item), item.parts()))
                .toList());
    }

    private ShippedBanks withItems(List<PlacementItem> items) {
        return new ShippedBanks(
                banks.moduleSlugs(), banks.minutesBySlug(), items, banks.typeByKey(), banks.partsByKey());
    }

    private static double rmse(List<PlacementItem> items, Map<String, Double> difficulty, SimulatedPopulation truth) {
        return Math.sqrt(items.stream()
                .mapToDouble(item -> Math.pow(difficulty.get(item.key()) - truth.trueDifficulty(item), 2))
                .average()
                .orElse(Double.NaN));
    }
}
