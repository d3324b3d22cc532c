package fr.passeportnumerique.learning;

import java.time.Instant;
import java.util.Optional;

/**
 * A module in the passport: stamped on a date, or still to earn, with the lessons done so far; {@code
 * validatedByQuiz} when its quiz alone stamped it, after a placement test found it mastered.
 */
public record Stamp(
        int moduleNumber,
        String moduleSlug,
        String moduleTitle,
        int lessonsDone,
        int lessonCount,
        Optional<Integer> bestScore,
        Optional<Instant> stampedAt,
        boolean validatedByQuiz) {

    public boolean isStamped() {
        return stampedAt.isPresent();
    }
}
