package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.CurriculumFiles;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.ModuleFiles;
import fr.passeportnumerique.curriculum.Publication;
import fr.passeportnumerique.curriculum.PublicationOrigin;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The published curriculum to and from zip files in the {@code content/} format: export a module or all of them;
 * import with a preview of what changes, checked before anything is written, applied all or nothing.
 */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class CurriculumTransfer {

    /** The largest zip an import reads: uploads stop receiving past it. */
    public static final int ZIP_MAX_BYTES = CurriculumFiles.MAX_ZIP_BYTES;

    private final CurriculumHistory history;
    private final ContentImportService imports;
    private final DraftStore drafts;
    private final AccountService accounts;

    CurriculumTransfer(
            CurriculumHistory history, ContentImportService imports, DraftStore drafts, AccountService accounts) {
        this.history = history;
        this.imports = imports;
        this.drafts = drafts;
        this.accounts = accounts;
    }

    public byte[] exportAll() {
        return history.current().toZip();
    }

    public byte[] exportModule(String moduleSlug) {
        ModuleFiles module = history.publishedFiles(moduleSlug)
                .orElseThrow(() -> new AuthoringException("authoring.error.no-module"));
        return new CurriculumFiles(List.of(module)).toZip();
    }

    /** Reads the zip and compares it with the published curriculum; writes nothing. */
    public ImportPreview preview(byte[] zip) {
        CurriculumFiles incoming;
        try {
            incoming = CurriculumFiles.fromZip(new ByteArrayInputStream(zip));
        } catch (CurriculumFiles.UnreadableZipException e) {
            throw new AuthoringException("authoring.import." + e.messageKey());
        }
        if (incoming.modules().isEmpty()) {
            throw new AuthoringException("authoring.import.zip-no-modules");
        }
        CurriculumFiles current = history.current();
        List<ImportPreview.ModuleChange> changes = incoming.modules().stream()
                .map(module -> change(module, current.module(module.slug())))
                .toList();
        CurriculumFiles result = current.replacing(incoming.modules());
        return new ImportPreview(changes, imports.check(result), result);
    }

    public ImportReport apply(ImportPreview preview) {
        Set<String> incoming =
                preview.modules().stream().map(ImportPreview.ModuleChange::slug).collect(Collectors.toSet());
        return imports.publish(
                preview.files().modules().stream()
                        .filter(module -> incoming.contains(module.slug()))
                        .toList(),
                new Publication(PublicationOrigin.IMPORT, Optional.of(accounts.currentAccountId()), "zip"));
    }

    private ImportPreview.ModuleChange change(ModuleFiles incoming, Optional<ModuleFiles> published) {
        if (published.isEmpty()) {
            return new ImportPreview.ModuleChange(
                    incoming.slug(),
                    incoming.folder(),
                    ImportPreview.ModuleChange.Kind.NEW,
                    List.copyOf(incoming.files().keySet()),
                    List.of(),
                    List.of(),
                    false);
        }
        ModuleFiles before = published.get();
        List<String> added = incoming.files().keySet().stream()
                .filter(path -> !before.has(path))
                .toList();
        List<String> removed = before.files().keySet().stream()
                .filter(path -> !incoming.has(path))
                .toList();
        List<String> changed = incoming.files().keySet().stream()
                .filter(path -> before.has(path)
                        && !Arrays.equals(
                                before.files().get(path), incoming.files().get(path)))
                .toList();
        boolean same = added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        return new ImportPreview.ModuleChange(
                incoming.slug(),
                incoming.folder(),
                same ? ImportPreview.ModuleChange.Kind.UNCHANGED : ImportPreview.ModuleChange.Kind.CHANGED,
                added,
                changed,
                removed,
                drafts.hasDraft(incoming.slug()));
    }
}
