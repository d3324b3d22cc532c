package fr.passeportnumerique.tracking;

/** Where a learner stands in one module, as the heat map colours it. */
public enum CellState {
    NOT_STARTED,
    IN_PROGRESS,
    QUIZ_FAILED,
    COMPLETED
}
