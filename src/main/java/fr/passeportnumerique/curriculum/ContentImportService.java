package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.curriculum.internal.CurriculumReader;
import fr.passeportnumerique.curriculum.internal.CurriculumSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the content folder into the database. Idempotent: modules whose files did not change are not
 * rewritten. All or nothing: a single problem in any file leaves the previous curriculum in place.
 */
@Service
public class ContentImportService {

    private static final Logger log = LoggerFactory.getLogger(ContentImportService.class);

    private final CurriculumReader reader;
    private final CurriculumWriter writer;
    private final ContentImportRepository imports;
    private final PasseportProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentImportService(
            CurriculumReader reader,
            CurriculumWriter writer,
            ContentImportRepository imports,
            PasseportProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.reader = reader;
        this.writer = writer;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
    }

    /** Imports the configured content folder ({@code passeport.content-dir}). */
    public ImportReport importContent() {
        return importFrom(properties.contentDir());
    }

    /** Imports a content folder laid out as {@code modules/NN-slug/...}. */
    public ImportReport importFrom(Path contentDir) {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        CurriculumSource source = reader.read(contentDir);
        ImportReport report;
        if (!source.isValid()) {
            report = failed(startedAt, start, source.problems());
        } else {
            report = write(source, contentDir, startedAt, start);
        }
        imports.save(new ContentImport(report));
        logReport(report);
        if (report.outcome() != ImportOutcome.FAILED) {
            events.publishEvent(new CurriculumPublished(report.outcome(), clock.instant()));
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<ImportReport> lastImport() {
        return imports.findFirstByOrderByIdDesc().map(ContentImport::toReport);
    }

    private ImportReport write(CurriculumSource source, Path contentDir, Instant startedAt, long start) {
        try {
            CurriculumWriter.Changes changes = writer.write(source.modules());
            return new ImportReport(
                    startedAt,
                    elapsedMs(start),
                    changes.any() ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED,
                    changes.added(),
                    changes.updated(),
                    changes.unchanged(),
                    changes.removed(),
                    List.of());
        } catch (DataAccessException e) {
            log.error("The content could not be stored; the previous curriculum stays", e);
            ContentProblem problem = new ContentProblem(
                    properties.contentDir().toString(),
                    0,
                    "database-error",
                    List.of(String.valueOf(e.getMostSpecificCause().getMessage())));
            return failed(startedAt, start, List.of(problem));
        }
    }

    private static ImportReport failed(Instant startedAt, long start, List<ContentProblem> problems) {
        return new ImportReport(startedAt, elapsedMs(start), ImportOutcome.FAILED, 0, 0, 0, 0, problems);
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void logReport(ImportReport report) {
        if (report.outcome() == ImportOutcome.FAILED) {
            log.error(
                    "Content import failed with {} problem(s); the previous curriculum stays:",
                    report.problems().size());
            report.problems().forEach(problem -> log.error("  {}", ContentProblemMessages.english(problem)));
        } else {
            log.info(
                    "Content import {} in {} ms: {} module(s), {} added, {} updated, {} unchanged, {} removed",
                    report.outcome(),
                    report.durationMs(),
                    report.moduleCount(),
                    report.added(),
                    report.updated(),
                    report.unchanged(),
                    report.removed());
        }
    }
}
