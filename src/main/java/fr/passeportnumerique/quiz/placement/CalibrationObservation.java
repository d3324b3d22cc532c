package fr.passeportnumerique.quiz.placement;

/**
 * One answer to calibrate a question on: the item's key ({@link PlacementItem#key()}), the answerer's estimated
 * ability in the item's module (logits) and whether the answer was fully right.
 */
public record CalibrationObservation(String itemKey, double ability, boolean correct) {}
