package fr.passeportnumerique.quiz.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Rasch difficulties refitted from real answers, the answerers' abilities held at the values given (plausible values
 * from finished placements, {@link CalibrationObservation#plausible}). For each item
 * with enough answers, the difficulty b maximises the likelihood of its answers times a normal prior centred on its
 * current difficulty: the root of sum(k (P(ability - b + partEase(k)) - score)) - (b - current) / PRIOR_SD^2 (the
 * answers' parts k and scores as the estimator reads them, {@code PartialCredit}; for right or wrong answers sum(P -
 * correct)), decreasing in b and so unique, found by Hipparchus's Brent solver in a bracket where the prior term dominates. The prior keeps an item
 * answered right by everyone finite and weighs about as much as a handful of answers. When at least
 * {@value #ANCHOR_MIN_ITEMS} items are refitted, they are then shifted together so that their mean difficulty stays
 * the mean of their current ones: the scale, on which the mastery cut is set, stays the authors' (fewer items say
 * little of a drift of the whole scale, and shifting a lone item back would undo its own calibration). Items with
 * fewer answers keep their current difficulty.
 */
public final class RaschCalibration {

    static final double PRIOR_SD = 1.0;
    static final int ANCHOR_MIN_ITEMS = 10;
    private static final double ACCURACY = 1e-6;
    private static final int MAX_EVALUATIONS = 200;

    private final int minResponses;
    private final BrentSolver solver = new BrentSolver(ACCURACY);

    public RaschCalibration(int minResponses) {
        if (minResponses < 1) {
            throw new IllegalArgumentException("At least one answer is needed to calibrate an item");
        }
        this.minResponses = minResponses;
    }

    /** The difficulties (logits) by item key: refitted where answers suffice, current elsewhere. */
    public Map<String, Double> refit(List<CalibrationObservation> observations, Map<String, Double> current) {
        Map<String, List<CalibrationObservation>> byItem = new HashMap<>();
        for (CalibrationObservation observation : observations) {
            if (current.containsKey(observation.itemKey())) {
                byItem.computeIfAbsent(observation.itemKey(), key -> new ArrayList<>())
                        .add(observation);
            }
        }
        Map<String, Double> refitted = new HashMap<>();
        byItem.forEach((key, answers) -> {
            if (answers.size() >= minResponses) {
                refitted.put(key, solve(answers, current.get(key)));
            }
        });
        double shift = refitted.size() < ANCHOR_MIN_ITEMS
                ? 0
                : refitted.keySet().stream()
                        .mapToDouble(key -> current.get(key) - refitted.get(key))
                        .average()
                        .orElseThrow();
        Map<String, Double> difficulties = new HashMap<>(current);
        refitted.forEach((key, difficulty) -> difficulties.put(key, difficulty + shift));
        return difficulties;
    }

    private double solve(List<CalibrationObservation> answers, double prior) {
        double[] abilities =
                answers.stream().mapToDouble(CalibrationObservation::ability).toArray();
        double[] observed =
                answers.stream().mapToDouble(CalibrationObservation::score).toArray();
        int[] parts = answers.stream().mapToInt(CalibrationObservation::parts).toArray();
        double[] ease = answers.stream()
                .mapToDouble(answer -> PartialCredit.partEase(answer.parts()))
                .toArray();
        double priorPrecision = 1 / (PRIOR_SD * PRIOR_SD);
        // |sum(k (P - score))| < sum(k), so beyond sum(k) / precision from the prior its term sets the sign
        double reach = IntStream.of(parts).sum() / priorPrecision + 1;
        return solver.solve(
                MAX_EVALUATIONS,
                b -> {
                    double score = -(b - prior) * priorPrecision;
                    for (int i = 0; i < abilities.length; i++) {
                        score += parts[i] * (Rasch.probability(abilities[i] + ease[i], b) - observed[i]);
                    }
                    return score;
                },
                prior - reach,
                prior + reach);
    }
}
