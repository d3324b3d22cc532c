package fr.passeportnumerique.bench;

import fr.passeportnumerique.quiz.placement.AbilityPrior;
import fr.passeportnumerique.quiz.placement.AbilityPriorFit;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The proof of docs/placement.md: simulated learners with a known true mastery per module ({@link
 * SimulatedPopulation}) answer the real question banks through the adaptive test and through fixed tests, all scored
 * against the truth by the same estimator. The ability prior is first refitted from earlier simulated placements, as
 * the scheduled job does from real ones; {@link PlacementStudies} then breaks the engine's assumptions one at a time.
 */
class PlacementSimulationBench {

    static final int LEARNERS = 2_000;
    static final long SEED = 20_260_901L;
    private static final int WARM_UP_LEARNERS = 200;

    private final BenchReport report = new BenchReport("placement-simulation");
    private final ShippedBanks banks = ShippedBanks.read(Path.of("content", "modules"));

    @Test
    void the_adaptive_test_against_a_fixed_test_on_the_shipped_banks() {
        report.line(
                "# Placement simulation: %d learners (seed %d), %d modules, %d questions",
                LEARNERS, SEED, banks.moduleSlugs().size(), banks.items().size());
        SimulatedPopulation population =
                new SimulatedPopulation(banks, SimulatedPopulation.Settings.of(LEARNERS, SEED));
        PlacementModel launch = PlacementModel.DEFAULT;
        PlacementModel model = launch.withPrior(refitPrior(launch));
        warmUp(model, population);
        PlacementRuns.StepTimes times = new PlacementRuns.StepTimes();
        PlacementScores adaptive = adaptive(model, banks, population, times);
        PlacementScores atLaunch = adaptive(launch, banks, population, new PlacementRuns.StepTimes());
        int length = (int) Math.round(adaptive.meanQuestions());
        Duration time = Duration.ofSeconds(Math.round(adaptive.meanSeconds()));
        List<PlacementItem> sameLength = PlacementRuns.fixedForm(banks, model, length);
        List<PlacementItem> sameTime = PlacementRuns.fixedForm(banks, model, time);
        report.line("");
        report.line("| test | agreement acquis / not | 3 levels | false acquis | missed acquis | questions mean "
                + "| median | p90 | minutes median |");
        report.line("|---|---|---|---|---|---|---|---|---|");
        row("adaptive, refitted prior", adaptive);
        row("adaptive, launch prior (before any refit)", atLaunch);
        row("fixed, same length (" + length + " questions)", fixed(model, banks, population, sameLength));
        row("fixed, same mean time (" + sameTime.size() + " questions)", fixed(model, banks, population, sameTime));
        PlacementScores rightOrWrong = adaptive(model, banks, population, new PlacementRuns.StepTimes(), false);
        int rightOrWrongLength = (int) Math.round(rightOrWrong.meanQuestions());
        row("adaptive, right or wrong only (no partial credit), same answers", rightOrWrong);
        row(
                "fixed, right or wrong only, same length (" + rightOrWrongLength + " questions)",
                fixed(model, banks, population, PlacementRuns.fixedForm(banks, model, rightOrWrongLength), false));
        report.line("");
        report.line(
                "Adaptive stops: every module decided %.1f %%, 15 minutes %.1f %%, %d questions %.1f %%",
                100 * adaptive.stopShare(PlacementRuns.Stop.DECIDED),
                100 * adaptive.stopShare(PlacementRuns.Stop.TIME),
                model.maxQuestions(),
                100 * adaptive.stopShare(PlacementRuns.Stop.MAX_QUESTIONS));
        profiles(adaptive, fixed(model, banks, population, sameLength));
        pathSaved(adaptive);
        serverTime(times);
        PlacementStudies studies = new PlacementStudies(banks, model, report);
        studies.ceiling(population);
        studies.sensitivity(population);
        studies.timeBudgets(population);
        studies.calibration(population);
        report.save();
    }

    /** The prior refitted by marginal likelihood from placements of other learners taken with the launch prior. */
    private AbilityPrior refitPrior(PlacementModel launch) {
        SimulatedPopulation earlier =
                new SimulatedPopulation(banks, SimulatedPopulation.Settings.of(LEARNERS, SEED + 1));
        PlacementRuns runs = new PlacementRuns(banks, launch);
        List<List<PlacementResponse>> placements = earlier.learners().stream()
                .map(learner -> runs.adaptive(earlier, learner, new PlacementRuns.StepTimes())
                        .responses())
                .toList();
        AbilityPrior prior = new AbilityPriorFit(banks.moduleSlugs(), launch).refit(placements);
        report.line("");
        report.line(
                "Prior refitted from %d earlier placements (launch prior: g mean %.2f, sd %.2f; theme sd %.2f; "
                        + "module sd %.2f): g mean %.2f, sd %.2f; theme sd %.2f; module sd %.2f",
                placements.size(),
                launch.prior().generalMean(),
                launch.prior().generalSd(),
                launch.prior().themeSd(),
                launch.prior().moduleSd(),
                prior.generalMean(),
                prior.generalSd(),
                prior.themeSd(),
                prior.moduleSd());
        return prior;
    }

    private void warmUp(PlacementModel model, SimulatedPopulation population) {
        PlacementRuns runs = new PlacementRuns(banks, model);
        PlacementRuns.StepTimes ignored = new PlacementRuns.StepTimes();
        population.learners().stream()
                .limit(WARM_UP_LEARNERS)
                .forEach(learner -> runs.adaptive(population, learner, ignored));
    }

    static PlacementScores adaptive(
            PlacementModel model, ShippedBanks banks, SimulatedPopulation population, PlacementRuns.StepTimes times) {
        return adaptive(model, banks, population, times, true);
    }

    /** With {@code partialCredit} false, the engine is told only whether each answer was fully right. */
    static PlacementScores adaptive(
            PlacementModel model,
            ShippedBanks banks,
            SimulatedPopulation population,
            PlacementRuns.StepTimes times,
            boolean partialCredit) {
        PlacementRuns runs = new PlacementRuns(banks, model, true, partialCredit);
        PlacementScores scores = new PlacementScores(banks, model);
        population.learners().forEach(learner -> scores.add(learner, runs.adaptive(population, learner, times)));
        return scores;
    }

    static PlacementScores fixed(
            PlacementModel model, ShippedBanks banks, SimulatedPopulation population, List<PlacementItem> form) {
        return fixed(model, banks, population, form, true);
    }

    static PlacementScores fixed(
            PlacementModel model,
            ShippedBanks banks,
            SimulatedPopulation population,
            List<PlacementItem> form,
            boolean partialCredit) {
        PlacementRuns runs = new PlacementRuns(banks, model, true, partialCredit);
        PlacementScores scores = new PlacementScores(banks, model);
        population.learners().forEach(learner -> scores.add(learner, runs.fixed(population, learner, form)));
        return scores;
    }

    private void row(String name, PlacementScores scores) {
        long[] questions = scores.questions();
        report.line(
                "| %s | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f | %.0f | %.0f | %.1f |",
                name,
                100 * scores.agreement(),
                100 * scores.levelAgreement(),
                100 * scores.falseAcquisShare(),
                100 * scores.missedAcquisShare(),
                scores.meanQuestions(),
                BenchReport.percentile(questions, 0.5),
                BenchReport.percentile(questions, 0.9),
                BenchReport.percentile(scores.seconds(), 0.5) / 60);
    }

    private void profiles(PlacementScores adaptive, PlacementScores fixed) {
        report.line("");
        report.line("| profile | learners | adaptive agreement | questions mean | fixed agreement (same length) |");
        report.line("|---|---|---|---|---|");
        adaptive.byProfile().forEach((name, counts) -> {
            PlacementScores.ProfileCounts fixedCounts = fixed.byProfile().get(name);
            report.line(
                    "| %s | %d | %.1f %% | %.1f | %.1f %% |",
                    name,
                    counts.learners(),
                    100 * counts.agreement(),
                    counts.meanQuestions(),
                    100 * fixedCounts.agreement());
        });
    }

    private void pathSaved(PlacementScores adaptive) {
        report.line("");
        report.line("| minutes of modules per learner | p25 | median | p75 | mean |");
        report.line("|---|---|---|---|---|");
        quartiles("skipped as acquis by the adaptive test", adaptive.minutesSaved());
        quartiles("of which not truly acquis", adaptive.minutesWronglySkipped());
        quartiles("truly acquis", adaptive.minutesTrulyAcquis());
        long[] saved = adaptive.minutesSaved();
        long[] skipping =
                java.util.Arrays.stream(saved).filter(minutes -> minutes > 0).toArray();
        report.line("");
        report.line(
                "Learners with at least one module skipped: %.1f %%; for them, minutes skipped p25 %.0f, median "
                        + "%.0f, p75 %.0f",
                100.0 * skipping.length / saved.length,
                BenchReport.percentile(skipping, 0.25),
                BenchReport.percentile(skipping, 0.5),
                BenchReport.percentile(skipping, 0.75));
    }

    private void quartiles(String name, long[] minutes) {
        report.line(
                "| %s | %.0f | %.0f | %.0f | %.1f |",
                name,
                BenchReport.percentile(minutes, 0.25),
                BenchReport.percentile(minutes, 0.5),
                BenchReport.percentile(minutes, 0.75),
                java.util.Arrays.stream(minutes).average().orElse(0));
    }

    private void serverTime(PlacementRuns.StepTimes times) {
        long[] wall = BenchReport.sorted(times.wallNanos());
        long[] cpu = BenchReport.sorted(times.cpuNanos());
        report.line("");
        report.line(
                "Server time per question (estimate every module, then choose the next question), %d steps after "
                        + "a warm-up of %d learners, on %d processors with a load average of %.1f:",
                wall.length,
                WARM_UP_LEARNERS,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.line(
                "wall clock median %.0f µs, p90 %.0f µs, p99 %.0f µs, max %.0f µs; the thread's processor time "
                        + "median %.0f µs, p99 %.0f µs, max %.0f µs",
                micros(wall, 0.5),
                micros(wall, 0.9),
                micros(wall, 0.99),
                micros(wall, 1),
                micros(cpu, 0.5),
                micros(cpu, 0.99),
                micros(cpu, 1));
    }

    private static double micros(long[] sorted, double share) {
        return BenchReport.percentile(sorted, share) / 1000;
    }
}
