package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The record of one import of the content folder. */
@Entity
@Table(name = "content_import")
class ContentImport extends AbstractEntity {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private ImportOutcome outcome;

    @Column(name = "modules_added", nullable = false)
    private int added;

    @Column(name = "modules_updated", nullable = false)
    private int updated;

    @Column(name = "modules_unchanged", nullable = false)
    private int unchanged;

    @Column(name = "modules_removed", nullable = false)
    private int removed;

    @ElementCollection
    @CollectionTable(name = "content_import_problem", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    private List<RecordedProblem> problems = new ArrayList<>();

    protected ContentImport() {}

    ContentImport(ImportReport report) {
        startedAt = report.startedAt();
        durationMs = report.durationMs();
        outcome = report.outcome();
        added = report.added();
        updated = report.updated();
        unchanged = report.unchanged();
        removed = report.removed();
        report.problems().stream().map(RecordedProblem::new).forEach(problems::add);
    }

    ImportReport toReport() {
        return new ImportReport(
                startedAt,
                durationMs,
                outcome,
                added,
                updated,
                unchanged,
                removed,
                problems.stream().map(RecordedProblem::toProblem).toList());
    }
}
