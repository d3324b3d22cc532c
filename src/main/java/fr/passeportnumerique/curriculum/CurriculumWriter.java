package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.database.ClusterLocks;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.LessonSource;
import fr.passeportnumerique.curriculum.internal.ModuleSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a validated curriculum in one transaction, rewriting only the modules whose files changed. */
@Component
class CurriculumWriter {

    static final String PUBLICATION_LOCK = "publication";

    private final CurriculumModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final ClusterLocks locks;

    CurriculumWriter(
            CurriculumModuleRepository modules,
            ModuleVersionRepository versions,
            MarkdownRenderer markdown,
            Clock clock,
            ClusterLocks locks) {
        this.locks = locks;
        this.modules = modules;
        this.versions = versions;
        this.markdown = markdown;
        this.clock = clock;
    }

    record Changes(int added, int updated, int unchanged, int removed, Set<String> written) {
        boolean any() {
            return added + updated + removed > 0;
        }
    }

    /**
     * Stores the modules and, in the same transaction, a new version of each module whose files differ from its
     * newest version (or that has none yet). One publication at a time in the whole cluster: the next one waits for
     * this one's commit, then numbers its versions after these.
     */
    @RetriedOnConflict
    @Transactional
    Changes write(List<ModuleSource> sources, CurriculumFiles files, Publication publication, PublicationScope scope) {
        locks.holdUntilCommit(PUBLICATION_LOCK);
        List<ModuleSource> changing =
                sources.stream().filter(source -> scope.covers(source.slug())).toList();
        Changes changes = write(changing, scope.wholeCurriculum());
        for (ModuleSource source : changing) {
            Optional<ModuleVersion> latest = versions.findFirstByModuleSlugOrderByNumberDesc(source.slug());
            if (latest.map(version -> version.getContentHash().equals(source.contentHash()))
                    .orElse(false)) {
                continue;
            }
            files.module(source.slug())
                    .ifPresent(module -> versions.save(new ModuleVersion(
                            latest.map(ModuleVersion::getNumber).orElse(0) + 1,
                            module,
                            source.contentHash(),
                            publication,
                            clock.instant())));
        }
        return changes;
    }

    private Changes write(List<ModuleSource> sources, boolean removeOthers) {
        Map<String, CurriculumModule> stored =
                new HashMap<>(modules.findAll().stream().collect(Collectors.toMap(CurriculumModule::getSlug, m -> m)));
        int added = 0;
        int updated = 0;
        Set<String> written = new TreeSet<>();
        int unchanged = 0;
        for (ModuleSource source : sources) {
            CurriculumModule module = stored.remove(source.slug());
            if (module != null && module.getContentHash().equals(source.contentHash())) {
                unchanged++;
                continue;
            }
            if (module == null) {
                module = new CurriculumModule(source.slug());
                added++;
            } else {
                updated++;
            }
            written.add(source.slug());
            module.replaceWith(source, render(source), clock.instant());
            modules.save(module);
        }
        int removed = 0;
        if (removeOthers) {
            modules.deleteAll(stored.values());
            removed = stored.size();
        }
        return new Changes(added, updated, unchanged, removed, written);
    }

    private RenderedModule render(ModuleSource source) {
        UnaryOperator<String> images = path -> MediaPaths.url(source.slug(), path);
        Map<String, String> lessons = source.lessons().stream()
                .collect(Collectors.toMap(LessonSource::slug, lesson -> markdown.render(lesson.markdown(), images)));
        return new RenderedModule(markdown.render(source.introductionMarkdown(), images), lessons);
    }
}
