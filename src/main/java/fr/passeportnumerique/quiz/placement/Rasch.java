package fr.passeportnumerique.quiz.placement;

/** The one-parameter logistic model: the chance that a person of this ability answers an item of this difficulty. */
final class Rasch {

    private Rasch() {}

    static double probability(double ability, double difficulty) {
        return 1 / (1 + Math.exp(difficulty - ability));
    }
}
