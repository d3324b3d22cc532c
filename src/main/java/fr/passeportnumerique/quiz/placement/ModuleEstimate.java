package fr.passeportnumerique.quiz.placement;

/**
 * What the answers so far say of one module: the posterior mean and standard deviation of the learner's ability in
 * it (logits), the probability that it is at or above the mastery cut, the number of its questions answered, the
 * level to show and whether the acquis / not acquis decision is confident enough to stop asking about it.
 */
public record ModuleEstimate(
        String moduleSlug,
        double mean,
        double sd,
        double probabilityMastered,
        int questions,
        MasteryLevel level,
        boolean decided) {}
