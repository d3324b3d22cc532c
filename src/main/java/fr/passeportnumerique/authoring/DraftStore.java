package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ModuleFiles;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where drafts are kept: file by file over the module's newest version. A save names the draft version the editor
 * opened, so that of two saves from the same start only the first passes. Callers check the role.
 */
@Component
class DraftStore {

    private final DraftFileRepository drafts;
    private final CurriculumHistory history;
    private final AccountService accounts;
    private final Clock clock;

    DraftStore(DraftFileRepository drafts, CurriculumHistory history, AccountService accounts, Clock clock) {
        this.drafts = drafts;
        this.history = history;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The module's published files with its drafts applied. */
    @Transactional(readOnly = true)
    ModuleDraft draft(String moduleSlug) {
        ModuleFiles published = history.publishedFiles(moduleSlug)
                .orElseThrow(() -> new AuthoringException("authoring.error.no-module"));
        return draftOver(published);
    }

    /** The drafts applied over files already read (the tree reads every module's at once). */
    @Transactional(readOnly = true)
    ModuleDraft draftOver(ModuleFiles published) {
        return ModuleDraft.of(published, drafts.findByModuleSlug(published.slug()));
    }

    /** Saves a file that must start from the draft version the editor opened; returns the new draft version. */
    @Transactional
    long save(String moduleSlug, String path, byte[] content, Optional<Long> openedVersion) {
        Optional<DraftFile> existing = drafts.findByModuleSlugAndPath(moduleSlug, path);
        if (!existing.map(DraftFile::getVersion).equals(openedVersion)) {
            throw new StaleDraftException(path);
        }
        return write(moduleSlug, path, content);
    }

    /** Writes a file's draft whatever its version (a removal when {@code content} is null). */
    @Transactional
    long write(String moduleSlug, String path, byte[] content) {
        DraftFile draft =
                drafts.findByModuleSlugAndPath(moduleSlug, path).orElseGet(() -> new DraftFile(moduleSlug, path));
        draft.change(content, accounts.currentAccountId(), clock.instant());
        return drafts.saveAndFlush(draft).getVersion();
    }

    /** Forgets the drafts that were published, not those saved since (a trainer kept working meanwhile). */
    @Transactional
    void forgetPublished(String moduleSlug, Map<String, Long> publishedVersions) {
        drafts.findByModuleSlug(moduleSlug).stream()
                .filter(draft -> Long.valueOf(draft.getVersion()).equals(publishedVersions.get(draft.getPath())))
                .forEach(drafts::delete);
    }

    @Transactional
    void discard(String moduleSlug) {
        drafts.deleteByModuleSlug(moduleSlug);
    }

    @Transactional(readOnly = true)
    boolean hasDraft(String moduleSlug) {
        return drafts.existsByModuleSlug(moduleSlug);
    }
}
