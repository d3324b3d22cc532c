package fr.passeportnumerique.quiz.placement;

import java.time.Duration;
import java.util.List;

/**
 * When the placement test ends: once the time or the number of questions is used up, or, after the minimum number
 * of questions, once every module's decision is confident enough.
 */
public final class StoppingRule {

    private final PlacementModel model;

    public StoppingRule(PlacementModel model) {
        this.model = model;
    }

    public boolean shouldStop(List<ModuleEstimate> estimates, int answered, Duration elapsed) {
        if (answered >= model.maxQuestions() || elapsed.compareTo(model.maxDuration()) >= 0) {
            return true;
        }
        return answered >= model.minQuestions() && estimates.stream().allMatch(ModuleEstimate::decided);
    }
}
