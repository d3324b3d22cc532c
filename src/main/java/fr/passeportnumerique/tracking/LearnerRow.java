package fr.passeportnumerique.tracking;

import java.time.Instant;
import java.util.Optional;

/** One learner in a point's table. */
public record LearnerRow(
        long id,
        String fullName,
        String company,
        String sector,
        int employees,
        Optional<Instant> lastActivity,
        int modulesDone,
        int moduleCount,
        boolean graduated) {

    public int progressPercent() {
        return moduleCount == 0 ? 0 : Math.round(modulesDone * 100f / moduleCount);
    }
}
