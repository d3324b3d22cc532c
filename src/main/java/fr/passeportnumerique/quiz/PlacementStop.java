package fr.passeportnumerique.quiz;

/** Why a placement test ended. */
public enum PlacementStop {
    /** Every module's estimate was precise enough. */
    PRECISE,
    /** The fifteen minutes were used. */
    TIME,
    /** The most questions a test asks were asked. */
    MAX_QUESTIONS,
    /** No question was left to ask. */
    NO_QUESTION_LEFT,
    /** The learner chose to end it with what was known. */
    LEARNER
}
