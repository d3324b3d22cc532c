package fr.passeportnumerique.learning;

import fr.passeportnumerique.curriculum.ModuleLink;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a learner stands on one module, as the progress page shows it. */
public record ModuleStanding(
        ModuleSummary module,
        int lessonsDone,
        Optional<Integer> bestScore,
        Status status,
        Optional<Instant> completedAt,
        long secondsSpent,
        List<ModuleLink> missingPrerequisites) {

    public enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        /** Every lesson is read; the quiz remains to pass. */
        QUIZ_TO_PASS,
        COMPLETED
    }

    /** The quiz stays closed until the prerequisite modules are completed; the lessons stay open. */
    public boolean isQuizLocked() {
        return !missingPrerequisites.isEmpty();
    }

    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        // Lessons and the quiz weigh the same as one lesson each: a module with every lesson read is not complete.
        int steps = module.lessonCount() + 1;
        return Math.min(99, lessonsDone * 100 / steps);
    }
}
