package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the content folder ({@code modules/NN-slug/...}) and checks it as a whole: each module on its own,
 * then what holds between modules (unique slugs and numbers, known prerequisites without cycles).
 */
public final class CurriculumReader {

    static final String MODULES_FOLDER = "modules";
    private final MarkdownRenderer markdown;
    private final Clock clock;

    public CurriculumReader(MarkdownRenderer markdown, Clock clock) {
        this.markdown = markdown;
        this.clock = clock;
    }

    public CurriculumSource read(Path contentDir) {
        Problems problems = new Problems();
        ContentFiles files = new ContentFiles(contentDir);
        Path modulesDir = files.root().resolve(MODULES_FOLDER);
        if (!Files.isDirectory(modulesDir)) {
            problems.in(files.display(modulesDir)).add(0, "content-folder-missing", modulesDir.toString());
            return new CurriculumSource(List.of(), problems.all());
        }
        BodyChecker bodies = new BodyChecker(markdown);
        ModuleReader reader = new ModuleReader(files, problems, bodies, Dates.today(clock));
        Map<ModuleSource, String> fileOf = new IdentityHashMap<>();
        List<ModuleSource> modules = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (Path folder : files.list(modulesDir, Files::isDirectory, problems)) {
            reader.read(folder)
                    .ifPresentOrElse(
                            module -> {
                                modules.add(module);
                                fileOf.put(module, files.display(folder.resolve(ModuleReader.MODULE_FILE)));
                            },
                            () -> unreadable.add(ModuleReader.slugOfFolder(folder)));
        }
        CrossModuleRules rules = new CrossModuleRules(problems, unreadable);
        rules.check(modules, fileOf);
        rules.checkLinks(bodies.siteLinks(), modules);
        if (modules.isEmpty() && problems.isEmpty()) {
            problems.in(files.display(modulesDir)).add(0, "no-modules");
        }
        modules.sort(Comparator.comparingInt(ModuleSource::number));
        return new CurriculumSource(problems.isEmpty() ? List.copyOf(modules) : List.of(), problems.all());
    }
}
