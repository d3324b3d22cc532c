package fr.passeportnumerique.curriculum;

import java.time.Instant;
import java.util.List;

/** What an import of the content folder did, or the problems that stopped it. */
public record ImportReport(
        Instant startedAt,
        long durationMs,
        ImportOutcome outcome,
        int added,
        int updated,
        int unchanged,
        int removed,
        List<ContentProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public int moduleCount() {
        return added + updated + unchanged;
    }
}
