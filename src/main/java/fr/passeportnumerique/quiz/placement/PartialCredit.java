package fr.passeportnumerique.quiz.placement;

/**
 * The likelihood of a partly right answer. A question of k parts is right as a whole with the Rasch probability at its
 * difficulty b; its parts are taken as answered independently, each right with the Rasch probability at an easier
 * part difficulty b − δ(k), where δ(k) = logit(2^(−1/k)) is set so that a learner at θ = b gets all k parts right with
 * probability 1/2, as the whole-question Rasch model says. An answer scoring s then has the binomial likelihood
 * p^(s·k) (1 − p)^((1 − s)·k), p the part probability: for k = 1 the Rasch likelihood of a right or wrong answer.
 * The difficulty stays that of a fully right answer, so authored levels and calibration keep their meaning.
 */
final class PartialCredit {

    private PartialCredit() {}

    /** δ(k): how much easier each of k parts is than the whole question, in logits. */
    static double partEase(int parts) {
        if (parts == 1) {
            return 0;
        }
        double allRightAtDifficulty = Math.pow(0.5, 1.0 / parts);
        return Math.log(allRightAtDifficulty / (1 - allRightAtDifficulty));
    }

    static double likelihood(double ability, PlacementResponse response) {
        double part = Rasch.probability(ability, response.difficulty() - partEase(response.parts()));
        double right = response.score() * response.parts();
        double wrong = response.parts() - right;
        return Math.exp(right * Math.log(part) + wrong * Math.log1p(-part));
    }
}
