package fr.passeportnumerique.curriculum;

import java.util.Optional;

/**
 * The signed-in learner's progress, as curriculum pages show it (ticks on lessons, bars on cards). The learning
 * feature provides it; the curriculum knows nothing else of that feature.
 */
public interface LearnerProgress {

    /** Empty for visitors and for people who are not learners. */
    Optional<ProgressSnapshot> ofSignedInLearner();
}
