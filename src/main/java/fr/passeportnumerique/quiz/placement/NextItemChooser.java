package fr.passeportnumerique.quiz.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The next question, in two steps. First the module: among those still undecided (any, once all are decided), the
 * one where an answer would tell most about its acquis / not acquis decision ({@link DecisionInformation}, at the best
 * of its unused items). Then the item in it: the one that tells most per second of the learner's time, when the
 * chooser knows how long each item takes (the test is limited in time, and a true-or-false question takes a quarter
 * of a matching one). Choosing the module on information alone keeps the modules whose bank has short questions left
 * from crowding out those that need an answer most. Ties go to the first module given and the smaller key, so the
 * same answers always lead to the same question.
 */
public final class NextItemChooser {

    private static final Comparator<PlacementItem> BY_KEY = Comparator.comparing(PlacementItem::key);

    private final PlacementModel model;
    private final ToDoubleFunction<PlacementItem> expectedSeconds;

    /** A chooser that counts every item as taking the same time. */
    public NextItemChooser(PlacementModel model) {
        this(model, item -> 1);
    }

    /**
     * A chooser that weighs what an item tells against the time it takes, e.g. {@code item ->
     * model.timeFor(typeOf(item)).toSeconds()} with the types of the questions in the bank.
     */
    public NextItemChooser(PlacementModel model, ToDoubleFunction<PlacementItem> expectedSeconds) {
        this.model = model;
        this.expectedSeconds = expectedSeconds;
    }

    public Optional<PlacementItem> next(
            List<ModuleEstimate> estimates, List<PlacementItem> bank, Set<String> usedKeys) {
        Map<String, List<PlacementItem>> unusedByModule = new LinkedHashMap<>();
        estimates.forEach(estimate -> unusedByModule.put(estimate.moduleSlug(), new ArrayList<>()));
        for (PlacementItem item : bank) {
            List<PlacementItem> unused = unusedByModule.get(item.moduleSlug());
            if (unused != null && !usedKeys.contains(item.key())) {
                unused.add(item);
            }
        }
        boolean anyUndecided = estimates.stream()
                .anyMatch(estimate -> !estimate.decided()
                        && !unusedByModule.get(estimate.moduleSlug()).isEmpty());
        Candidate best = null;
        for (ModuleEstimate estimate : estimates) {
            List<PlacementItem> unused = unusedByModule.get(estimate.moduleSlug());
            if (unused.isEmpty() || (anyUndecided && estimate.decided())) {
                continue;
            }
            Candidate candidate = bestIn(estimate, unused);
            if (best == null || candidate.moduleInformation() > best.moduleInformation()) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best).map(Candidate::item);
    }

    private Candidate bestIn(ModuleEstimate estimate, List<PlacementItem> unused) {
        DecisionInformation information = new DecisionInformation(estimate, model.masteryCut());
        double moduleInformation = 0;
        PlacementItem chosen = null;
        double chosenRate = Double.NEGATIVE_INFINITY;
        for (PlacementItem item : unused) {
            double bits = information.of(item.difficulty(), item.parts());
            moduleInformation = Math.max(moduleInformation, bits);
            double rate = bits / expectedSeconds.applyAsDouble(item);
            if (rate > chosenRate || (rate == chosenRate && BY_KEY.compare(item, chosen) < 0)) {
                chosen = item;
                chosenRate = rate;
            }
        }
        return new Candidate(chosen, moduleInformation);
    }

    private record Candidate(PlacementItem item, double moduleInformation) {}
}
