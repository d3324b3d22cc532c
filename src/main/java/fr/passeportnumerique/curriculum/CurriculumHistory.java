package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.PasseportProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published versions of each module, their files, and the content folder's files newer than them. */
@Service
@Transactional(readOnly = true)
public class CurriculumHistory {

    private final ModuleVersionRepository versions;
    private final CurriculumModuleRepository modules;
    private final PasseportProperties properties;

    CurriculumHistory(
            ModuleVersionRepository versions, CurriculumModuleRepository modules, PasseportProperties properties) {
        this.versions = versions;
        this.modules = modules;
        this.properties = properties;
    }

    /** Newest first. */
    public List<VersionInfo> versions(String moduleSlug) {
        return versions.findByModuleSlugOrderByNumberDesc(moduleSlug).stream()
                .map(ModuleVersion::info)
                .toList();
    }

    public Optional<VersionInfo> latest(String moduleSlug) {
        return versions.findFirstByModuleSlugOrderByNumberDesc(moduleSlug).map(ModuleVersion::info);
    }

    public Optional<ModuleFiles> files(long versionId) {
        return versions.findById(versionId).map(ModuleVersion::files);
    }

    /** The files of the module as learners see it: its newest version. */
    public Optional<ModuleFiles> publishedFiles(String moduleSlug) {
        return versions.findFirstByModuleSlugOrderByNumberDesc(moduleSlug).map(ModuleVersion::files);
    }

    /** The curriculum as published: the newest version of every module in the database. */
    public CurriculumFiles current() {
        Set<String> present =
                modules.findAll().stream().map(CurriculumModule::getSlug).collect(Collectors.toSet());
        return new CurriculumFiles(versions.findLatest().stream()
                .filter(version -> present.contains(version.getModuleSlug()))
                .map(ModuleVersion::files)
                .toList());
    }

    /**
     * Modules whose folder in {@code content/} holds other files than their newest version and was changed after it
     * was published: updates an administrator may apply. Files older than the version (a trainer published since)
     * are not offered.
     */
    public List<FileUpdate> fileUpdates() {
        return fileUpdates(properties.contentDir());
    }

    public List<FileUpdate> fileUpdates(Path contentDir) {
        Map<String, ModuleVersion> latest = versions.findLatest().stream()
                .collect(Collectors.toMap(ModuleVersion::getModuleSlug, Function.identity()));
        Path modulesDir = contentDir.resolve(CurriculumFiles.MODULES);
        return CurriculumFiles.read(contentDir).modules().stream()
                .filter(module -> latest.containsKey(module.slug()))
                .map(module -> {
                    ModuleVersion version = latest.get(module.slug());
                    Instant changedAt = lastChange(modulesDir.resolve(module.folder()));
                    boolean newer = changedAt.isAfter(version.getPublishedAt());
                    return newer && !module.sameFilesAs(version.files())
                            ? Optional.of(new FileUpdate(module.slug(), changedAt, version.info()))
                            : Optional.<FileUpdate>empty();
                })
                .flatMap(Optional::stream)
                .toList();
    }

    private static Instant lastChange(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(CurriculumHistory::modified)
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module of {@code content/} changed after its newest version, and that version (who published it, when). */
    public record FileUpdate(String moduleSlug, Instant filesChangedAt, VersionInfo published) {}
}
