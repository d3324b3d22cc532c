package fr.passeportnumerique.quiz.placement;

/**
 * A question answered during a placement test, with the difficulty it had when asked; correct only when fully right
 * (partial credit counts as a wrong answer: the model is dichotomous).
 */
public record PlacementResponse(String moduleSlug, String questionId, double difficulty, boolean correct) {}
