package fr.passeportnumerique.quiz;

import java.util.List;

/**
 * Which modules a learner must complete before a module's quiz opens. The learning feature, which knows what each
 * learner completed, answers it.
 */
public interface QuizPrerequisites {

    /** The slugs of the prerequisite modules this learner has not completed yet; empty when the quiz is open. */
    List<String> missingFor(long accountId, String moduleSlug);
}
