package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.LessonSource;
import fr.passeportnumerique.curriculum.internal.ModuleSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a validated curriculum in one transaction, rewriting only the modules whose files changed. */
@Component
class CurriculumWriter {

    private final CurriculumModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    CurriculumWriter(
            CurriculumModuleRepository modules,
            ModuleVersionRepository versions,
            MarkdownRenderer markdown,
            Clock clock) {
        this.modules = modules;
        this.versions = versions;
        this.markdown = markdown;
        this.clock = clock;
    }

    record Changes(int added, int updated, int unchanged, int removed, java.util.Set<String> written) {
        boolean any() {
            return added + updated + removed > 0;
        }
    }

    /**
     * Stores the modules and, in the same transaction, a new version of each module whose files differ from its
     * newest version (or that has none yet).
     */
    @Transactional
    Changes write(List<ModuleSource> sources, CurriculumFiles files, Publication publication) {
        Changes changes = write(sources);
        for (ModuleSource source : sources) {
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

    private Changes write(List<ModuleSource> sources) {
        Map<String, CurriculumModule> stored =
                new HashMap<>(modules.findAll().stream().collect(Collectors.toMap(CurriculumModule::getSlug, m -> m)));
        int added = 0;
        int updated = 0;
        java.util.Set<String> written = new java.util.TreeSet<>();
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
        modules.deleteAll(stored.values());
        return new Changes(added, updated, unchanged, stored.size(), written);
    }

    private RenderedModule render(ModuleSource source) {
        UnaryOperator<String> images = path -> MediaPaths.url(source.slug(), path);
        Map<String, String> lessons = source.lessons().stream()
                .collect(Collectors.toMap(LessonSource::slug, lesson -> markdown.render(lesson.markdown(), images)));
        return new RenderedModule(markdown.render(source.introductionMarkdown(), images), lessons);
    }
}
