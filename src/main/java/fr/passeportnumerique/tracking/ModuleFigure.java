package fr.passeportnumerique.tracking;

import java.util.OptionalDouble;

/** One module at a point: how many learners completed it out of those enrolled, and their average best score. */
public record ModuleFigure(
        int number, String slug, String title, long completed, long enrolled, OptionalDouble averageBestScore) {

    public int completionPercent() {
        return enrolled == 0 ? 0 : Math.round(completed * 100f / enrolled);
    }
}
