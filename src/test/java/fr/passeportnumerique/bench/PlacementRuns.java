package fr.passeportnumerique.bench;

import fr.passeportnumerique.quiz.placement.MasteryEstimator;
import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.NextItemChooser;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import fr.passeportnumerique.quiz.placement.StoppingRule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A simulated learner takes the adaptive test, or a fixed form, through the engine as the service would call it. */
final class PlacementRuns {

    enum Stop {
        DECIDED,
        MAX_QUESTIONS,
        TIME,
        BANK_EMPTY
    }

    /** The server's time per question, wall clock and the thread's own processor time (not counting waits). */
    record StepTimes(List<Long> wallNanos, List<Long> cpuNanos) {
        StepTimes() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    record Outcome(
            int questions,
            Duration elapsed,
            Stop stop,
            List<ModuleEstimate> estimates,
            List<PlacementResponse> responses) {}

    private final ShippedBanks banks;
    private final PlacementModel model;
    private final MasteryEstimator estimator;
    private final NextItemChooser chooser;
    private final StoppingRule stopping;
    private final boolean partialCredit;

    PlacementRuns(ShippedBanks banks, PlacementModel model) {
        this(banks, model, true, true);
    }

    /**
     * With {@code timeAware} false, the chooser is told nothing of how long each question takes; with {@code
     * partialCredit} false, the engine is told only whether each answer was fully right.
     */
    PlacementRuns(ShippedBanks banks, PlacementModel model, boolean timeAware, boolean partialCredit) {
        this.banks = partialCredit ? banks : banks.rightOrWrong();
        this.partialCredit = partialCredit;
        this.model = model;
        this.estimator = new MasteryEstimator(banks.moduleSlugs(), model);
        this.chooser = timeAware
                ? new NextItemChooser(
                        model,
                        item -> model.timeFor(banks.typeByKey().get(item.key())).toSeconds())
                : new NextItemChooser(model);
        this.stopping = new StoppingRule(model);
    }

    /** The adaptive test; the server's time per question (estimate, then choose) goes into {@code times}. */
    Outcome adaptive(SimulatedPopulation population, SimulatedPopulation.Learner learner, StepTimes times) {
        List<PlacementResponse> responses = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Duration elapsed = Duration.ZERO;
        while (true) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            List<ModuleEstimate> estimates = estimator.estimate(responses);
            if (stopping.shouldStop(estimates, responses.size(), elapsed)) {
                return new Outcome(responses.size(), elapsed, why(responses.size(), elapsed), estimates, responses);
            }
            PlacementItem item = chooser.next(estimates, banks.items(), used).orElse(null);
            times.wallNanos().add(System.nanoTime() - start);
            times.cpuNanos().add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            if (item == null) {
                return new Outcome(responses.size(), elapsed, Stop.BANK_EMPTY, estimates, responses);
            }
            used.add(item.key());
            responses.add(answer(population, learner, item));
            elapsed = elapsed.plus(model.timeFor(banks.typeByKey().get(item.key())));
        }
    }

    /** The same learner answering a fixed list of questions, estimated by the same estimator. */
    Outcome fixed(SimulatedPopulation population, SimulatedPopulation.Learner learner, List<PlacementItem> form) {
        List<PlacementResponse> responses = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        for (PlacementItem item : form) {
            responses.add(answer(population, learner, item));
            elapsed = elapsed.plus(model.timeFor(banks.typeByKey().get(item.key())));
        }
        return new Outcome(form.size(), elapsed, Stop.MAX_QUESTIONS, estimator.estimate(responses), responses);
    }

    /**
     * A fixed, non-adaptive form of {@code length} questions spread evenly over the modules, in each module the
     * questions closest to the mastery cut, which is where a fixed form tells acquis from not best: round after round,
     * each module's next such question, in the modules' order.
     */
    static List<PlacementItem> fixedForm(ShippedBanks banks, PlacementModel model, int length) {
        return fixedForm(banks, model, length, Duration.ofDays(1));
    }

    /** The same, with as many questions as fit in {@code budget} at the model's time per question. */
    static List<PlacementItem> fixedForm(ShippedBanks banks, PlacementModel model, Duration budget) {
        return fixedForm(banks, model, Integer.MAX_VALUE, budget);
    }

    private static List<PlacementItem> fixedForm(
            ShippedBanks banks, PlacementModel model, int length, Duration budget) {
        List<List<PlacementItem>> byModule = banks.moduleSlugs().stream()
                .map(slug -> banks.items().stream()
                        .filter(item -> item.moduleSlug().equals(slug))
                        .sorted(Comparator.comparingDouble(
                                        (PlacementItem item) -> Math.abs(item.difficulty() - model.masteryCut()))
                                .thenComparing(PlacementItem::key))
                        .toList())
                .toList();
        List<PlacementItem> form = new ArrayList<>();
        Duration time = Duration.ZERO;
        for (int round = 0; form.size() < length; round++) {
            boolean added = false;
            for (List<PlacementItem> items : byModule) {
                if (round < items.size() && form.size() < length) {
                    Duration itemTime =
                            model.timeFor(banks.typeByKey().get(items.get(round).key()));
                    if (time.plus(itemTime).compareTo(budget) <= 0) {
                        form.add(items.get(round));
                        time = time.plus(itemTime);
                        added = true;
                    }
                }
            }
            if (!added) {
                break;
            }
        }
        return form;
    }

    private Stop why(int answered, Duration elapsed) {
        if (elapsed.compareTo(model.maxDuration()) >= 0) {
            return Stop.TIME;
        }
        return answered >= model.maxQuestions() ? Stop.MAX_QUESTIONS : Stop.DECIDED;
    }

    private PlacementResponse answer(
            SimulatedPopulation population, SimulatedPopulation.Learner learner, PlacementItem item) {
        double score = population.score(learner, item);
        return partialCredit
                ? new PlacementResponse(item.moduleSlug(), item.questionId(), item.difficulty(), score, item.parts())
                : new PlacementResponse(item.moduleSlug(), item.questionId(), item.difficulty(), score >= 1);
    }
}
