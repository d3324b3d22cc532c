package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.curriculum.internal.CurriculumReader;
import fr.passeportnumerique.curriculum.internal.CurriculumSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

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
    private final CurriculumHistory history;
    private final PasseportProperties properties;
    private final ApplicationEventPublisher events;
    private final PublishedCurriculum published;
    private final Clock clock;

    ContentImportService(
            CurriculumReader reader,
            CurriculumWriter writer,
            ContentImportRepository imports,
            CurriculumHistory history,
            PasseportProperties properties,
            ApplicationEventPublisher events,
            PublishedCurriculum published,
            Clock clock) {
        this.events = events;
        this.published = published;
        this.reader = reader;
        this.writer = writer;
        this.imports = imports;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * At startup: the first time, the whole content folder; afterwards only the modules that have never been
     * published. A module already published keeps its newest version, even when its files changed: an administrator
     * applies those files ({@link #applyFileUpdates}), so that a trainer's published edits are never overwritten
     * without someone deciding it.
     */
    public ImportReport importContent() {
        Path contentDir = properties.contentDir();
        CurriculumFiles current = history.current();
        if (current.modules().isEmpty()) {
            return importFrom(contentDir);
        }
        List<ModuleFiles> neverPublished = CurriculumFiles.read(contentDir).modules().stream()
                .filter(module -> history.latest(module.slug()).isEmpty())
                .toList();
        return publish(neverPublished, Publication.ofFiles());
    }

    /** Imports a content folder laid out as {@code modules/NN-slug/...}, as it is: an explicit, whole import. */
    public ImportReport importFrom(Path contentDir) {
        return importFrom(contentDir, Publication.ofFiles(), PublicationScope.whole());
    }

    /**
     * Publishes these modules (new ones, or new files for published ones) over the published curriculum: checked with
     * the whole curriculum like the content folder; those whose files changed get a new version. All or nothing. A
     * publication landing meanwhile, on this node or another, is kept: only these modules are written.
     */
    public ImportReport publish(List<ModuleFiles> modules, Publication publication) {
        CurriculumFiles curriculum = history.current().replacing(modules);
        PublicationScope scope =
                PublicationScope.of(modules.stream().map(ModuleFiles::slug).collect(Collectors.toSet()));
        return inContentFolder(curriculum, contentDir -> importFrom(contentDir, publication, scope));
    }

    /** The problems that would stop {@link #publish} for this curriculum, without publishing anything. */
    public List<ContentProblem> check(CurriculumFiles curriculum) {
        return inContentFolder(curriculum, contentDir -> reader.read(contentDir).problems());
    }

    /**
     * Writes the curriculum to a temporary folder named like the real one (so that problems read
     * "content/modules/..."), runs the step on it, and removes the folder.
     */
    private static <T> T inContentFolder(CurriculumFiles curriculum, Function<Path, T> step) {
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory("curriculum");
            Path contentDir = workspace.resolve("content");
            curriculum.writeTo(contentDir);
            return step.apply(contentDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(workspace);
        }
    }

    /** Applies the content folder's files of these modules over their published versions. */
    public ImportReport applyFileUpdates(List<String> moduleSlugs) {
        return applyFileUpdates(properties.contentDir(), moduleSlugs);
    }

    public ImportReport applyFileUpdates(Path contentDir, List<String> moduleSlugs) {
        List<ModuleFiles> chosen = CurriculumFiles.read(contentDir).modules().stream()
                .filter(module -> moduleSlugs.contains(module.slug()))
                .toList();
        return publish(chosen, Publication.ofFiles());
    }

    private ImportReport importFrom(Path contentDir, Publication publication, PublicationScope scope) {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        CurriculumSource source = reader.read(contentDir);
        ImportReport report;
        Set<String> changed = Set.of();
        if (!source.isValid()) {
            report = failed(startedAt, start, source.problems());
        } else {
            try {
                CurriculumWriter.Changes changes =
                        writer.write(source.modules(), CurriculumFiles.read(contentDir), publication, scope);
                changed = changes.written();
                report = report(changes, startedAt, start);
            } catch (DataAccessException e) {
                log.error("The content could not be stored; the previous curriculum stays", e);
                report = failed(
                        startedAt,
                        start,
                        List.of(new ContentProblem(
                                properties.contentDir().toString(),
                                0,
                                "database-error",
                                List.of(String.valueOf(e.getMostSpecificCause().getMessage())))));
            }
        }
        imports.save(new ContentImport(report));
        logReport(report);
        if (report.outcome() == ImportOutcome.UPDATED) {
            // Committed: this node's pages show it from now on, before the index and the stamps follow.
            published.reloadAfterCommit();
        }
        if (report.outcome() != ImportOutcome.FAILED) {
            events.publishEvent(new CurriculumPublished(report.outcome(), clock.instant(), changed));
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Optional<ImportReport> lastImport() {
        return imports.findFirstByOrderByIdDesc().map(ContentImport::toReport);
    }

    private static ImportReport report(CurriculumWriter.Changes changes, Instant startedAt, long start) {
        return new ImportReport(
                startedAt,
                elapsedMs(start),
                changes.any() ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED,
                changes.added(),
                changes.updated(),
                changes.unchanged(),
                changes.removed(),
                List.of());
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.debug("A publication's working folder could not be removed", e);
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
