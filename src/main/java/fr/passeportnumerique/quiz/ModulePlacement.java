package fr.passeportnumerique.quiz;

/**
 * One module in a placement's result: its level, the evidence (questions asked on it, right answers), and the
 * learner's path for it, as proposed from the level or as they changed it.
 */
public record ModulePlacement(
        String moduleSlug,
        int moduleNumber,
        String moduleTitle,
        int durationMinutes,
        PlacementLevel level,
        int questions,
        int correct,
        PathChoice path,
        boolean pathChosenByLearner) {

    /** The path the result proposes: skip what is mastered, start with what is to discover, follow the rest. */
    public static PathChoice proposedFor(PlacementLevel level) {
        return switch (level) {
            case ACQUIS -> PathChoice.SKIP;
            case A_DECOUVRIR -> PathChoice.START;
            case A_CONSOLIDER -> PathChoice.FOLLOW;
        };
    }
}
