package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.LessonSource;
import fr.passeportnumerique.curriculum.internal.ModuleSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a validated curriculum in one transaction, rewriting only the modules whose files changed. */
@Component
class CurriculumWriter {

    private final CurriculumModuleRepository modules;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    CurriculumWriter(CurriculumModuleRepository modules, MarkdownRenderer markdown, Clock clock) {
        this.modules = modules;
        this.markdown = markdown;
        this.clock = clock;
    }

    record Changes(int added, int updated, int unchanged, int removed) {
        boolean any() {
            return added + updated + removed > 0;
        }
    }

    @Transactional
    Changes write(List<ModuleSource> sources) {
        Map<String, CurriculumModule> stored =
                new HashMap<>(modules.findAll().stream().collect(Collectors.toMap(CurriculumModule::getSlug, m -> m)));
        int added = 0;
        int updated = 0;
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
            module.replaceWith(source, render(source), clock.instant());
            modules.save(module);
        }
        modules.deleteAll(stored.values());
        return new Changes(added, updated, unchanged, stored.size());
    }

    private RenderedModule render(ModuleSource source) {
        UnaryOperator<String> images = path -> MediaPaths.url(source.slug(), path);
        Map<String, String> lessons = source.lessons().stream()
                .collect(Collectors.toMap(LessonSource::slug, lesson -> markdown.render(lesson.markdown(), images)));
        return new RenderedModule(markdown.render(source.introductionMarkdown(), images), lessons);
    }
}
