package fr.passeportnumerique.tracking;

import fr.passeportnumerique.quiz.PlacementLevel;

/** One module in a placement distribution: how many learners their latest placement found at each level. */
public record ModuleLevels(int number, String slug, String title, long acquis, long toConsolidate, long toDiscover) {

    public long count(PlacementLevel level) {
        return switch (level) {
            case ACQUIS -> acquis;
            case A_CONSOLIDER -> toConsolidate;
            case A_DECOUVRIR -> toDiscover;
        };
    }

    /** The learners placed on this module: each test estimates every module with a quiz, so all who took one. */
    public long placed() {
        return acquis + toConsolidate + toDiscover;
    }

    /** The share of the placed learners at that level, rounded: the three may add up to 99 or 101. */
    public int percent(PlacementLevel level) {
        return placed() == 0 ? 0 : (int) Math.round(count(level) * 100.0 / placed());
    }
}
