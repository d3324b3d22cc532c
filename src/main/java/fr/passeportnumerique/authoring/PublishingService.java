package fr.passeportnumerique.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.ModuleFiles;
import fr.passeportnumerique.curriculum.Publication;
import fr.passeportnumerique.curriculum.PublicationOrigin;
import fr.passeportnumerique.curriculum.VersionInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Publication of a module's draft as a new version, history of the versions, comparison of two of them and rollback
 * (an earlier version published again, so that history only grows). The search index and learners' stamps follow
 * every publication through {@code CurriculumPublished}.
 */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class PublishingService {

    private final DraftStore drafts;
    private final CurriculumHistory history;
    private final ContentImportService imports;
    private final AccountService accounts;

    PublishingService(
            DraftStore drafts, CurriculumHistory history, ContentImportService imports, AccountService accounts) {
        this.drafts = drafts;
        this.history = history;
        this.imports = imports;
        this.accounts = accounts;
    }

    /**
     * Publishes the module with its drafts: checked with the whole curriculum like the content folder; on success the
     * drafts become the new version, on failure they stay and the report lists the problems.
     */
    public ImportReport publish(String moduleSlug, String note) {
        ModuleDraft draft = drafts.draft(moduleSlug);
        ImportReport report = imports.publish(
                List.of(draft.current()),
                new Publication(PublicationOrigin.TRAINER, Optional.of(accounts.currentAccountId()), clean(note)));
        if (report.outcome() != ImportOutcome.FAILED) {
            drafts.forgetPublished(moduleSlug, draft.draftVersions());
        }
        return report;
    }

    /** Publishes an earlier version again; refused while the module has a draft, which it would silently bury. */
    public ImportReport rollback(String moduleSlug, long versionId) {
        if (drafts.hasDraft(moduleSlug)) {
            throw new AuthoringException("authoring.error.rollback-with-draft");
        }
        VersionInfo target = versions(moduleSlug).stream()
                .filter(version -> version.id() == versionId)
                .findFirst()
                .orElseThrow(() -> new AuthoringException("authoring.error.no-version"));
        ModuleFiles files = history.files(versionId).orElseThrow();
        return imports.publish(
                List.of(files),
                new Publication(
                        PublicationOrigin.ROLLBACK, Optional.of(accounts.currentAccountId()), "v" + target.number()));
    }

    public List<VersionInfo> versions(String moduleSlug) {
        return history.versions(moduleSlug);
    }

    /** The files of either version, for choosing what to compare. */
    public List<String> paths(long versionA, long versionB) {
        TreeSet<String> paths = new TreeSet<>();
        history.files(versionA).ifPresent(files -> paths.addAll(files.files().keySet()));
        history.files(versionB).ifPresent(files -> paths.addAll(files.files().keySet()));
        paths.removeIf(path -> !path.endsWith(".md") && !path.endsWith(".yaml"));
        return List.copyOf(paths);
    }

    /** The text files whose content differs between the two versions (added and removed ones included). */
    public List<String> changedPaths(long versionA, long versionB) {
        ModuleFiles none = new ModuleFiles("", new TreeMap<>());
        Map<String, byte[]> a = history.files(versionA).orElse(none).files();
        Map<String, byte[]> b = history.files(versionB).orElse(none).files();
        return paths(versionA, versionB).stream()
                .filter(path -> !Arrays.equals(a.get(path), b.get(path)))
                .toList();
    }

    /** The lines of a text file from the older to the newer version, with three lines of context around changes. */
    public List<DiffLine> compare(long olderVersion, long newerVersion, String path) {
        List<String> older = lines(olderVersion, path);
        List<String> newer = lines(newerVersion, path);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a", "b", older, DiffUtils.diff(older, newer), 3);
        List<DiffLine> lines = new ArrayList<>();
        for (String line : unified.subList(Math.min(2, unified.size()), unified.size())) {
            if (line.startsWith("@@")) {
                lines.add(new DiffLine(DiffLine.Kind.SKIPPED, line));
            } else if (line.startsWith("+")) {
                lines.add(new DiffLine(DiffLine.Kind.ADDED, line.substring(1)));
            } else if (line.startsWith("-")) {
                lines.add(new DiffLine(DiffLine.Kind.REMOVED, line.substring(1)));
            } else {
                lines.add(new DiffLine(DiffLine.Kind.SAME, line.isEmpty() ? "" : line.substring(1)));
            }
        }
        return lines;
    }

    private List<String> lines(long versionId, String path) {
        return history.files(versionId)
                .flatMap(files -> files.text(path))
                .map(text -> text.lines().toList())
                .orElse(List.of());
    }

    private static String clean(String note) {
        String text = note == null ? "" : note.strip();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
